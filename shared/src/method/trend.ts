import { z } from 'zod';
import { parsePeriod, periodOrdinal, type PeriodType } from '../periods';

// The direction of a mission's overall score over its last year, in points per year, so a
// quarterly and a monthly mission are read on the same scale (DESIGN §5).

/** Points per year beyond which the overall score is said to move. */
export const TREND_POINTS_PER_YEAR = 8;
/** Fewer scored periods than this in the last year and there is no trend. */
export const TREND_MIN_POINTS = 3;

export const PERIODS_PER_YEAR: Record<PeriodType, number> = { quarter: 4, month: 12 };

export const TREND_DIRECTIONS = ['improving', 'stable', 'deteriorating'] as const;

/**
 * The trend over the last year of scored periods: `direction` null (insufficient data) with
 * fewer than three of them, `slope` the least-squares slope in points per year.
 */
export const yearTrendSchema = z.object({
  direction: z.enum(TREND_DIRECTIONS).nullable(),
  slopePerYear: z.number().nullable(),
  /** The scored periods the slope was fitted to, oldest first. */
  periods: z.array(z.string()),
});
export type YearTrend = z.infer<typeof yearTrendSchema>;

/**
 * Least-squares slope of the overall score over the scored periods in the year that ends with
 * the latest scored one (the latest 4 quarters or 12 months of the calendar, whether or not each
 * was scored), times the periods in a year. Above +8 improving, below −8 deteriorating. Every
 * period must be of one type (all quarters or all months).
 */
export function yearTrend(points: readonly { period: string; overall: number | null }[]): YearTrend {
  const scored = points
    .filter((point): point is { period: string; overall: number } => point.overall != null)
    .map((point) => ({ ...point, ordinal: periodOrdinal(point.period), type: parsePeriod(point.period)?.type }))
    .sort((a, b) => a.ordinal - b.ordinal);
  if (scored.length === 0) return { direction: null, slopePerYear: null, periods: [] };
  const type = scored[0].type as PeriodType;
  if (scored.some((point) => point.type !== type)) throw new Error('yearTrend: quarters and months mixed');
  const perYear = PERIODS_PER_YEAR[type];
  const last = scored[scored.length - 1].ordinal;
  const lastYear = scored.filter((point) => point.ordinal > last - perYear);
  const periods = lastYear.map((point) => point.period);
  if (lastYear.length < TREND_MIN_POINTS) return { direction: null, slopePerYear: null, periods };
  const slopePerYear =
    leastSquaresSlope(
      lastYear.map((point) => point.ordinal),
      lastYear.map((point) => point.overall),
    ) * perYear;
  const direction =
    slopePerYear > TREND_POINTS_PER_YEAR
      ? 'improving'
      : slopePerYear < -TREND_POINTS_PER_YEAR
        ? 'deteriorating'
        : 'stable';
  return { direction, slopePerYear, periods };
}

export function leastSquaresSlope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - meanX) * (ys[i] - meanY);
    den += (xs[i] - meanX) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
