import {
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { XAxisTitle, YAxisTitle } from '../../../components/chart-axis';
import { wrapText } from '../../../components/chart-export';
import { useT } from '../../../lib/i18n';
import { gapDomain, type GapPoint } from '../lib/association';
import { formatDifference, formatPoints } from '../lib/report-format';

const AXIS_TICK = { fontSize: 12, fill: '#3d4650' };
const INK = '#1f4e79';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
}

/** A category name on up to three short lines, so the axis fits beside the plot on a phone. */
function CategoryTick({ x, y, payload }: TickProps) {
  const lines = wrapText(payload?.value ?? '', 16);
  return (
    <text x={Number(x) - 4} y={Number(y)} textAnchor="end" fontSize={11} fill="#3d4650">
      {lines.map((line, i) => (
        <tspan key={line} x={Number(x) - 4} dy={i === 0 ? `${0.32 - (lines.length - 1) * 0.55}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function GapTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: GapPoint }[] }) {
  const t = useT();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{point.name}</p>
      <p>
        {formatDifference(point.gap)}
        {point.lower != null && point.upper != null
          ? ` (${t('association.interval', { lower: formatDifference(point.lower), upper: formatDifference(point.upper) })})`
          : ''}
      </p>
    </div>
  );
}

/**
 * The effectiveness gap of each category that has one, a dot with its 95 % interval as a
 * whisker, against a line at 0: left of it, effectiveness was lower where the challenge was severe.
 */
export function AssociationGapChart({ points }: { points: readonly GapPoint[] }) {
  const t = useT();
  const domain = gapDomain(points);
  const ticks = Array.from({ length: 5 }, (_, i) => domain[0] + (i * (domain[1] - domain[0])) / 4);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 8, right: 16, bottom: 40, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#e3e6ea" horizontal={false} />
        <XAxis
          type="number"
          dataKey="gap"
          domain={domain}
          ticks={ticks}
          allowDataOverflow
          tick={AXIS_TICK}
          tickLine={false}
          tickFormatter={(value: number) => formatPoints(value)}
          label={<XAxisTitle text={t('association.xAxis')} />}
        />
        <YAxis
          type="category"
          dataKey="name"
          // The report's ranking reads from the top down.
          reversed
          width={134}
          interval={0}
          tick={<CategoryTick />}
          tickLine={false}
          label={<YAxisTitle text={t('association.yAxis')} />}
        />
        <ReferenceLine x={0} stroke="#5b6570" />
        <Tooltip cursor={false} content={<GapTooltip />} />
        <Scatter data={[...points]} fill={INK} isAnimationActive={false}>
          <ErrorBar dataKey="error" direction="x" width={6} stroke={INK} strokeWidth={1.5} isAnimationActive={false} />
        </Scatter>
      </ScatterChart>
    </ResponsiveContainer>
  );
}
