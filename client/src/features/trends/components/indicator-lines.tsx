import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { XAxisTitle, YAxisTitle } from '../../../components/chart-axis';
import { MISSING, formatNumber, formatValue, unitLabel } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import type { IndicatorPanel } from '../lib/indicator-series';

type LabelPosition = 'insideTopLeft' | 'insideBottomLeft' | 'insideTopRight' | 'insideBottomRight';

/**
 * Which side of its line a reference label goes: away from the other line, unless the line
 * runs along the edge of the chart and the label would fall outside it.
 */
function labelSide(y: number, other: number | null, [lo, hi]: [number, number]): 'top' | 'bottom' {
  const room = (hi - lo) * 0.14;
  if (y - lo < room) return 'top';
  if (hi - y < room) return 'bottom';
  if (other == null || other === y) return 'top';
  return y > other ? 'top' : 'bottom';
}

/**
 * The mission's start is labelled on the side of its line with more room: after a long history
 * (MINUSCA's counts since 1989) the line stands far right, and a label after it would be cut off.
 */
function missionStartSide({ rows, missionStartLabel }: IndicatorPanel): LabelPosition {
  const at = rows.findIndex((row) => row.label === missionStartLabel);
  return at > (rows.length - 1) / 2 ? 'insideTopRight' : 'insideTopLeft';
}

const TICK = { fontSize: 11, fill: '#3d4650' };
const LABEL = { fontSize: 11, fill: '#3d4650' };
/** The event series before the mission: muted, thinner, no dots. */
const MUTED = '#9aa3ad';

/** A tooltip entry: a number formatted in the indicator's unit, a [low, high] range as "low–high". */
function tooltipValue(value: unknown, unit: Parameters<typeof formatValue>[1]): string {
  if (typeof value === 'number') return formatValue(value, unit);
  if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
    return `${formatValue(value[0], unit)}–${formatValue(value[1], unit)}`;
  }
  return MISSING;
}

/**
 * One indicator's values over periods with its baseline (dashed grey) and target (dashed, series
 * colour); with an event series, its counts before the mission (muted) up to the mission's start
 * (a labelled vertical line), and UCDP's low–high range as a band.
 */
export function IndicatorLines({ panel, color }: { panel: IndicatorPanel; color: string }) {
  const { indicator, baseline, target, domain } = panel;
  const t = useT();
  const name = indicatorText(useCatalogText(), indicator.id).name;
  // A reference line is a box of no height: "insideBottom" sits above the line, "insideTop" below it.
  const side = (y: number, other: number | null, x: 'Left' | 'Right') =>
    `inside${labelSide(y, other, domain) === 'top' ? 'Bottom' : 'Top'}${x}` as LabelPosition;
  return (
    <div className="indicator-panel">
      <p className="indicator-panel__title" data-export-text>
        {name} ({indicator.unitLabel || unitLabel(indicator.unit)})
      </p>
      <div className="indicator-panel__chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={panel.rows}
            margin={{ top: 6, right: 12, bottom: 22, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e3e6ea" vertical={false} />
            <XAxis
              dataKey="label"
              tick={TICK}
              tickLine={false}
              minTickGap={16}
              label={<XAxisTitle text={t('charts.period')} />}
            />
            <YAxis
              domain={domain}
              ticks={panel.ticks}
              width={62}
              tick={TICK}
              label={<YAxisTitle text={unitLabel(indicator.unit)} />}
              tickLine={false}
              tickFormatter={(value: number) => formatNumber(value)}
              allowDecimals={indicator.unit !== 'count'}
            />
            {baseline != null ? (
              <ReferenceLine
                y={baseline}
                stroke="#8c96a1"
                strokeDasharray="4 3"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
                label={{
                  ...LABEL,
                  value: t('whyScore.baselineLine', { value: formatValue(baseline, indicator.unit) }),
                  position: side(baseline, target, 'Left'),
                }}
              />
            ) : null}
            {target != null ? (
              <ReferenceLine
                y={target}
                stroke={color}
                strokeDasharray="7 3"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
                label={{
                  ...LABEL,
                  value: t('whyScore.targetLine', { value: formatValue(target, indicator.unit) }),
                  position: side(target, baseline, 'Right'),
                }}
              />
            ) : null}
            {panel.missionStartLabel != null ? (
              <ReferenceLine
                x={panel.missionStartLabel}
                stroke="#3d4650"
                strokeDasharray="2 2"
                label={{ ...LABEL, value: t('charts.missionStart'), position: missionStartSide(panel) }}
              />
            ) : null}
            <Tooltip formatter={(value) => tooltipValue(value, indicator.unit)} />
            {panel.ranged ? (
              <Area
                dataKey="range"
                name={t('charts.ucdpRange')}
                stroke="none"
                fill={color}
                fillOpacity={0.16}
                connectNulls={false}
                isAnimationActive={false}
                activeDot={false}
                type="linear"
              />
            ) : null}
            {panel.rows.some((row) => row.series != null) ? (
              <Line
                dataKey="series"
                name={t('charts.beforeMissionSeries', { name })}
                stroke={MUTED}
                strokeWidth={1.5}
                dot={false}
                activeDot={{ r: 3.5 }}
                connectNulls={false}
                isAnimationActive={false}
                type="linear"
              />
            ) : null}
            <Line
              dataKey="value"
              name={name}
              stroke={color}
              strokeWidth={2}
              dot={{ r: 2.5, fill: color, strokeWidth: 0 }}
              activeDot={{ r: 4.5 }}
              connectNulls={false}
              isAnimationActive={false}
              type="linear"
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
