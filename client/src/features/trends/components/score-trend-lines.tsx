import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { BandThresholds, THRESHOLD_GUTTER } from '../../../components/band-thresholds';
import { XAxisTitle, YAxisTitle } from '../../../components/chart-axis';
import { MISSING, formatScore } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import { SCORE_SERIES, type ScoreRow } from '../lib/score-series';

const TICKS = [0, 20, 40, 60, 80, 100];

/** The plain chart: overall and KPI scores per period on a fixed 0–100 axis, gaps where there is no score. */
export function ScoreTrendLines({ rows }: { rows: ScoreRow[] }) {
  const t = useT();
  const catalog = useCatalogText();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        data={rows}
        margin={{ top: 8, right: THRESHOLD_GUTTER, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e3e6ea" vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 12, fill: '#3d4650' }}
          tickLine={false}
          minTickGap={12}
          label={<XAxisTitle text={t('charts.period')} />}
        />
        <YAxis
          domain={[0, 100]}
          ticks={TICKS}
          allowDataOverflow
          width={52}
          tick={{ fontSize: 12, fill: '#3d4650' }}
          tickLine={false}
          label={<YAxisTitle text={t('charts.axisScore')} />}
        />
        <BandThresholds />
        <Tooltip formatter={(value) => (typeof value === 'number' ? formatScore(value) : MISSING)} />
        <Legend
          // Room above the legend for the period axis's title.
          wrapperStyle={{ paddingTop: 20 }}
          iconType="plainline"
          itemSorter={(item) => SCORE_SERIES.findIndex((series) => series.key === item.dataKey)}
          formatter={(value) => (
            <span className="chart-legend__label" data-export-text>
              {value}
            </span>
          )}
        />
        {SCORE_SERIES.map((series) => (
          <Line
            key={series.key}
            dataKey={series.key}
            name={series.key === 'overall' ? t('charts.overall') : catalog.kpis[series.key].name}
            stroke={series.color}
            strokeWidth={series.key === 'overall' ? 3 : 2}
            dot={{ r: series.key === 'overall' ? 3.5 : 2.5, fill: series.color, strokeWidth: 0 }}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
