import { z } from 'zod';
import type { Provenance } from '../assessment';
import { comparePeriods } from '../periods';
import { OUTLIER_Z, robustScale } from '../scoring';

// The outlier flag judges a value only against the periods before it, so a flag raised or not
// raised today never changes when later periods arrive (DESIGN §5). The statistic is the one the
// scoring already uses: the modified z-score (Iglewicz and Hoaglin) with its mean-deviation
// fallback when the MAD is 0.

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
