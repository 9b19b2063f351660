import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TooltipContentProps } from 'recharts';
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
}: Partial<TooltipContentProps<number, string>> & { series: readonly LineSeries[] }) {
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The plain chart: one overall-score line per mission on a fixed 0–100 axis; a missing score is a gap. */
export function TrendLines({ rows, series }: { rows: TrendRow[]; series: readonly LineSeries[] }) {
  const dense = rows.length > 40;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e6ea" vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} minTickGap={16} interval="preserveStartEnd" />
        <YAxis domain={[0, 100]} ticks={TICKS} allowDataOverflow width={36} tick={AXIS_TICK} tickLine={false} />
        <ReferenceLine y={40} stroke="#9aa3ad" strokeDasharray="2 4" />
        <ReferenceLine y={70} stroke="#9aa3ad" strokeDasharray="2 4" />
        <Tooltip content={<TrendTooltip series={series} />} />
        {series.map((s) => (
          <Line
            key={s.style.key}
            name={s.label}
            dataKey={(row: TrendRow) => row.values[s.style.key]}
            stroke={s.style.colour}
            strokeWidth={2}
            strokeDasharray={s.style.dashArray}
            // Dots keep a score between two gaps visible; on a long axis they shrink.
            dot={{ r: dense ? 1.5 : 3, fill: s.style.colour, strokeWidth: 0 }}
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
