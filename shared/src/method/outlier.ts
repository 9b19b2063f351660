import { z } from 'zod';
import type { Provenance } from '../assessment';
import { comparePeriods } from '../periods';

// The outlier flag judges a value only against the periods before it, so a flag raised or not
// raised today never changes when later periods arrive (DESIGN §5). The statistic is the modified
// z-score (Iglewicz and Hoaglin) with its mean-deviation fallback when the MAD is 0.

/** Iglewicz and Hoaglin's cut-off for the modified z-score. */
export const OUTLIER_Z = 3.5;

/** How many earlier values the flag looks back over, at most. */
export const OUTLIER_WINDOW = 8;
/** Fewer earlier values than this and the history cannot tell an outlier from a change. */
export const OUTLIER_MIN_PRIOR = 6;

/**
 * Whether a value stands out from the values before it. `zScore` is null when there were too
 * few earlier values (`priorCount` < 6) or they did not vary. `fromUcdp` says the value came
 * from UCDP GED; `surgeInRecordedEvents` is a flagged rise in such a value, which the caller
 * labels "surge in recorded events" (a rise in what was recorded, not necessarily in what happened).
 */
export const outlierCheckSchema = z.object({
  flagged: z.boolean(),
  zScore: z.number().nullable(),
  priorCount: z.number().int(),
  /** The earlier periods the value was compared with, oldest first. */
  priorPeriods: z.array(z.string()),
  fromUcdp: z.boolean(),
  surgeInRecordedEvents: z.boolean(),
});
export type OutlierCheck = z.infer<typeof outlierCheckSchema>;

export interface IndicatorObservation {
  period: string;
  value: number | null;
  provenance?: Provenance | null;
}

/**
 * The outlier check of the value in `period` against the up to 8 measured values of the same
 * indicator in the periods before it (at least 6): flagged when |modified z| > 3.5. Values in
 * later periods are never looked at.
 */
export function outlierCheck(history: readonly IndicatorObservation[], period: string): OutlierCheck {
  const current = history.find((point) => point.period === period);
  const prior = history
    .filter((point): point is IndicatorObservation & { value: number } => point.value != null)
    .filter((point) => comparePeriods(point.period, period) < 0)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .slice(-OUTLIER_WINDOW);
  const priorPeriods = prior.map((point) => point.period);
  const value = current?.value ?? null;
  const zScore =
    value == null || prior.length < OUTLIER_MIN_PRIOR ? null : robustScale(prior.map((point) => point.value))(value);
  const flagged = zScore != null && Math.abs(zScore) > OUTLIER_Z;
  const fromUcdp = current?.provenance === 'ucdp_ged';
  return {
    flagged,
    zScore,
    priorCount: prior.length,
    priorPeriods,
    fromUcdp,
    surgeInRecordedEvents: flagged && fromUcdp && (zScore as number) > 0,
  };
}

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Modified z-score of x against a sample (Iglewicz and Hoaglin): 0.6745 (x − median) / MAD.
 * When the MAD is 0 (more than half the values equal) it falls back to the mean absolute
 * deviation, (x − median) / (1.253314 × meanAD); null when every value is the same.
 */
export function modifiedZScore(x: number, sample: readonly number[]): number | null {
  return robustScale(sample)(x);
}

/**
 * The modified z-score against one sample, as a function of x: the sample's median and
 * deviations are worked out once, however many values are then scored against it.
 */
export function robustScale(sample: readonly number[]): (x: number) => number | null {
  const m = median(sample);
  const deviations = sample.map((v) => Math.abs(v - m));
  const mad = median(deviations);
  if (mad > 0) return (x) => (0.6745 * (x - m)) / mad;
  const meanAd = deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
  if (meanAd > 0) return (x) => (x - m) / (1.253314 * meanAd);
  return () => null;
}
