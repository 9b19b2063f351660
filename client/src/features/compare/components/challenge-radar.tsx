import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import { wrapText } from '../../../components/chart-export';
import { useT } from '../../../lib/i18n';
import type { MissionStyle } from '../lib/mission-colours';
import type { ProfileRow } from '../lib/report-series';

interface AngleTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: string;
  payload?: { value: string; index?: number };
}

/** A category name at its spoke, on up to two lines; a category never rated says so instead of sitting at zero. */
function AngleTick({ x, y, textAnchor, payload, rows }: AngleTickProps & { rows: readonly ProfileRow[] }) {
  const t = useT();
  const row = rows.find((r) => r.short === payload?.value);
  const unrated = row?.mean == null;
  const lines = wrapText(`${payload?.value ?? ''}${unrated ? ` (${t('compareCharts.notRated')})` : ''}`, 11);
  const lineHeight = 1.15;
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      textAnchor={(textAnchor as 'start' | 'middle' | 'end') ?? 'middle'}
      fontSize={10.5}
      fill={unrated ? '#5b6570' : '#1b2229'}
      fontStyle={unrated ? 'italic' : undefined}
    >
      {lines.map((line, i) => (
        <tspan
          key={line}
          x={Number(x)}
          // Centre the block of lines on the spoke's end.
          dy={i === 0 ? `${0.35 - ((lines.length - 1) * lineHeight) / 2}em` : `${lineHeight}em`}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A severity on the radius axis, haloed so a spoke or an outline behind it does not hide it. The
 * centre's 0, where every spoke meets, and the outer ring's 4, beside the first category's name,
 * are left out: the chart's title gives the scale.
 */
function RadiusTick({ x, y, payload }: AngleTickProps & { payload?: { value: number | string } }) {
  const value = Number(payload?.value);
  if (value <= 0 || value >= 4) return <g />;
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dx={3}
      dy={-3}
      fontSize={9}
      fill="#3d4650"
      stroke="#ffffff"
      strokeWidth={2.5}
      paintOrder="stroke"
    >
      {payload?.value}
    </text>
  );
}

/** The plain chart: one mission's challenge profile, mean severity filled and the latest period as a dashed outline. */
export function ChallengeRadar({ rows, style }: { rows: ProfileRow[]; style: MissionStyle }) {
  const t = useT();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart
        data={rows}
        outerRadius="66%"
        margin={{ top: 10, right: 22, bottom: 10, left: 22 }}
        accessibilityLayer={false}
      >
        <PolarGrid stroke="#d5dae0" />
        <PolarAngleAxis dataKey="short" tick={<AngleTick rows={rows} />} />
        <PolarRadiusAxis
          domain={[0, 4]}
          tickCount={5}
          // Halfway between the first two spokes, so the numbers sit on no spoke and under no category name.
          angle={90 - 180 / Math.max(rows.length, 1)}
          tick={<RadiusTick />}
          axisLine={false}
        />
        <Radar
          name={t('compareCharts.profiles.meanSeverity')}
          dataKey="mean"
          stroke={style.colour}
          strokeWidth={2}
          strokeDasharray={style.dashArray}
          fill={style.colour}
          fillOpacity={0.25}
          isAnimationActive={false}
        />
        <Radar
          name={t('table.latestPeriod')}
          dataKey="latest"
          stroke="#1b2229"
          strokeWidth={1.5}
          strokeDasharray="4 3"
          fill="none"
          dot={{ r: 2, fill: '#1b2229' }}
          isAnimationActive={false}
        />
      </RadarChart>
    </ResponsiveContainer>
  );
}
