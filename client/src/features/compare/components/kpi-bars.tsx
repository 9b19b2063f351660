import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import { BandThresholds, THRESHOLD_GUTTER } from '../../../components/band-thresholds';
import { XAxisTitle, YAxisTitle } from '../../../components/chart-axis';
import { wrapText } from '../../../components/chart-export';
import { MISSING, formatScore } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import type { KpiBarRow } from '../lib/report-series';

const TICKS = [0, 20, 40, 60, 80, 100];
const AXIS_TICK = { fontSize: 12, fill: '#3d4650' };

export interface BarSeries {
  style: MissionStyle;
  label: string;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
}

/** A KPI name on two short lines, so four groups fit side by side on a phone. */
function KpiTick({ x, y, payload }: TickProps) {
  const lines = wrapText(payload?.value ?? '', 10);
  return (
    <text x={Number(x)} y={Number(y) + 2} textAnchor="middle" fontSize={12} fill="#3d4650">
      {lines.map((line, i) => (
        <tspan key={line} x={Number(x)} dy={i === 0 ? '0.71em' : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A bar, or, where the KPI has no score, a dash on the axis: a missing score must not read as a
 * zero. (The bar is given 0 so that Recharts places it at all; the row says whether it is real.)
 */
function barShape(series: BarSeries) {
  function KpiBar(props: BarShapeProps) {
    const { x, y, width, height } = props;
    const row = props.payload as KpiBarRow;
    if (row.values[series.style.key] == null) {
      return (
        <text x={x + width / 2} y={y + height - 4} textAnchor="middle" fontSize={12} fontWeight={700} fill="#5b6570">
          –
        </text>
      );
    }
    const fill = series.style.pattern === 'solid' ? series.style.colour : `url(#hatch-${series.style.key})`;
    // A score of exactly 0 still gets a visible sliver, in the mission's colour.
    const h = Math.max(height, 1.5);
    return (
      <rect
        x={x}
        y={y + height - h}
        width={width}
        height={h}
        fill={fill}
        stroke={series.style.colour}
        strokeWidth={1}
      />
    );
  }
  return KpiBar;
}

/** The plain chart: KPI scores grouped by KPI, one bar per mission, on a fixed 0–100 axis. */
export function KpiBars({ rows, series }: { rows: KpiBarRow[]; series: readonly BarSeries[] }) {
  const t = useT();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        margin={{ top: 12, right: THRESHOLD_GUTTER, bottom: 22, left: 0 }}
        barCategoryGap="16%"
        barGap={1}
        accessibilityLayer={false}
      >
        <defs>
          {series
            .filter((s) => s.style.pattern !== 'solid')
            .map((s) => (
              <pattern
                key={s.style.key}
                id={`hatch-${s.style.key}`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill="#ffffff" />
                <rect width={s.style.pattern === 'dotted' ? 2 : 3} height="6" fill={s.style.colour} />
              </pattern>
            ))}
        </defs>
        <CartesianGrid stroke="#e3e6ea" vertical={false} />
        <XAxis
          dataKey="label"
          tick={<KpiTick />}
          tickLine={false}
          interval={0}
          height={54}
          label={<XAxisTitle text={t('charts.axisKpi')} />}
        />
        <YAxis
          domain={[0, 100]}
          ticks={TICKS}
          allowDataOverflow
          width={52}
          tick={AXIS_TICK}
          tickLine={false}
          label={<YAxisTitle text={t('charts.axisScore')} />}
        />
        <BandThresholds />
        <Tooltip
          cursor={{ fill: 'rgb(0 0 0 / 0.04)' }}
          formatter={(value, _name, item) => {
            const key = series.find((s) => s.label === item.name)?.style.key;
            const scored = key != null && (item.payload as KpiBarRow).values[key] != null;
            return scored && typeof value === 'number'
              ? formatScore(value)
              : `${MISSING} ${t('compareCharts.noScore')}`;
          }}
        />
        {series.map((s) => (
          <Bar
            key={s.style.key}
            name={s.label}
            dataKey={(row: KpiBarRow) => row.values[s.style.key] ?? 0}
            fill={s.style.colour}
            shape={barShape(s)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
