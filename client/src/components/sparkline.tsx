import { formatPeriod, formatScore } from '../lib/format';
import { useT } from '../lib/i18n';

interface SparklineProps {
  /** Every period in order, null where there is no score (drawn as a gap). */
  points: { period: string; value: number | null }[];
  width?: number;
  height?: number;
}

/** A small line of overall scores on a fixed 0–100 scale; gaps where a period has no score. */
export function Sparkline({ points, width = 96, height = 24 }: SparklineProps) {
  const t = useT();
  const scored = points.filter((point) => point.value != null);
  if (scored.length === 0) return null;
  const step = points.length > 1 ? (width - 4) / (points.length - 1) : 0;
  const x = (i: number) => 2 + i * step;
  const y = (value: number) => 2 + (height - 4) * (1 - value / 100);
  const segments: string[][] = [[]];
  points.forEach((point, i) => {
    if (point.value == null) {
      if (segments[segments.length - 1].length > 0) segments.push([]);
      return;
    }
    segments[segments.length - 1].push(`${x(i).toFixed(1)},${y(point.value).toFixed(1)}`);
  });
  const first = scored[0];
  const last = scored[scored.length - 1];
  const label = t('misc.sparkline', {
    first: formatScore(first.value),
    firstPeriod: formatPeriod(first.period),
    last: formatScore(last.value),
    lastPeriod: formatPeriod(last.period),
  });
  const lastIndex = points.lastIndexOf(last);
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <line className="sparkline__mid" x1={0} x2={width} y1={y(50)} y2={y(50)} />
      {segments
        .filter((segment) => segment.length > 0)
        .map((segment, i) =>
          segment.length === 1 ? (
            <circle
              key={i}
              className="sparkline__dot"
              cx={segment[0].split(',')[0]}
              cy={segment[0].split(',')[1]}
              r={1.5}
            />
          ) : (
            <polyline key={i} className="sparkline__line" points={segment.join(' ')} />
          ),
        )}
      <circle className="sparkline__end" cx={x(lastIndex)} cy={y(last.value as number)} r={2} />
    </svg>
  );
}
