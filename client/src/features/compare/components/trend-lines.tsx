import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
import { BandThresholds, THRESHOLD_GUTTER } from '../../../components/band-thresholds';
import { XAxisTitle, YAxisTitle } from '../../../components/chart-axis';
import { formatPeriod, formatScore } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { TrendRow } from '../lib/report-series';
import type { BarSeries as LineSeries } from './kpi-bars';

const TICKS = [0, 20, 40, 60, 80, 100];
const AXIS_TICK = { fontSize: 12, fill: '#3d4650' };

function TrendTooltip({
  active,
  payload,
  series,
  showStatus,
}: Partial<TooltipContentProps<number, string>> & { series: readonly LineSeries[]; showStatus: boolean }) {
  const t = useT();
  const row = payload?.[0]?.payload as TrendRow | undefined;
  if (!active || !row) return null;
  const assessed = series.filter((s) => row.assessed[s.style.key]);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      {assessed.length === 0 ? (
        <p>{t('compareCharts.trend.noMissionAssessed')}</p>
      ) : (
        <ul>
          {assessed.map((s) => (
            <li key={s.style.key}>
              <span className="chart-tooltip__key" style={{ background: s.style.colour }} aria-hidden="true" />
              {t('compareCharts.seriesValue', {
                series: s.label,
                value:
                  row.values[s.style.key] == null ? t('compareCharts.notScored') : formatScore(row.values[s.style.key]),
              })}
              {row.periods[s.style.key] && row.periods[s.style.key] !== row.key
                ? ` (${formatPeriod(row.periods[s.style.key])})`
                : null}
              {showStatus && row.statuses[s.style.key]
                ? ` · ${t(`mission.status.${row.statuses[s.style.key]}`)}`
                : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TrendRow;
}

/**
 * A point of one mission's line: filled when approved (or when the report says no status),
 * hollow when draft or submitted, so an unapproved score never looks published.
 */
function statusDot(key: string, colour: string, radius: number, showStatus: boolean) {
  function TrendDot({ cx, cy, payload }: DotProps) {
    if (cx == null || cy == null || payload?.values[key] == null) return <g />;
    const status = payload.statuses[key];
    const hollow = showStatus && status != null && status !== 'approved';
    return (
      <circle
        cx={cx}
        cy={cy}
        r={hollow ? radius + 0.5 : radius}
        fill={hollow ? '#ffffff' : colour}
        stroke={colour}
        strokeWidth={hollow ? 1.5 : 0}
        data-status={status}
      />
    );
  }
  return TrendDot;
}

/** The plain chart: one overall-score line per mission on a fixed 0–100 axis; a missing score is a gap. */
export function TrendLines({
  rows,
  series,
  showStatus = false,
}: {
  rows: TrendRow[];
  series: readonly LineSeries[];
  /** Draw draft and submitted points hollow and name their status in the tooltip. */
  showStatus?: boolean;
}) {
  const t = useT();
  const dense = rows.length > 40;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        data={rows}
        margin={{ top: 8, right: THRESHOLD_GUTTER, bottom: 24, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e3e6ea" vertical={false} />
        <XAxis
          dataKey="label"
          tick={AXIS_TICK}
          tickLine={false}
          minTickGap={16}
          interval="preserveStartEnd"
          label={<XAxisTitle text={t('charts.period')} />}
        />
        <YAxis
          domain={[0, 100]}
          ticks={TICKS}
          allowDataOverflow
          width={52}
          tick={AXIS_TICK}
          tickLine={false}
          label={<YAxisTitle text={t('charts.axisOverall')} />}
        />
        <BandThresholds />
        <Tooltip content={<TrendTooltip series={series} showStatus={showStatus} />} />
        {series.map((s) => (
          <Line
            key={s.style.key}
            name={s.label}
            dataKey={(row: TrendRow) => row.values[s.style.key]}
            stroke={s.style.colour}
            strokeWidth={2}
            strokeDasharray={s.style.dashArray}
            // Dots keep a score between two gaps visible; on a long axis they shrink.
            dot={statusDot(s.style.key, s.style.colour, dense ? 1.5 : 3, showStatus)}
            activeDot={{ r: 4.5 }}
            connectNulls={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
