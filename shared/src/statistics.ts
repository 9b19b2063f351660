import { z } from 'zod';
import { CHALLENGE_IDS, type ChallengeId } from './catalog';

// Descriptive statistics for the comparison report (DESIGN §5, "Challenge association").
// Pure functions; every result that cannot be computed is null, never a stand-in zero.

/** Below this many assessments with both a score and a severity, a category's association is not shown. */
export const ASSOCIATION_MIN_N = 5;
/** Severity 3 (high) and above counts as a severe challenge; 1 (low) and below as a mild one. */
export const HIGH_SEVERITY = 3;
export const LOW_SEVERITY = 1;

export const ASSOCIATION_NOTE =
  'Association, not causation: missions facing a severe challenge may differ from the others in many ways.';

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  return xs.reduce((sum, x) => sum + x, 0) / xs.length;
}

/**
 * 1-based ranks, ties sharing the average of the ranks they span (fractional ranking):
 * [10, 20, 20, 30] → [1, 2.5, 2.5, 4].
 */
export function averageRanks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const ranks = new Array<number>(xs.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].x === order[start].x) end++;
    // Positions start..end (0-based) hold ranks start+1..end+1; their average is the midpoint.
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k].i] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Pearson's r; null when there are fewer than two pairs or either side does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error(`pearson: ${xs.length} xs against ${ys.length} ys`);
  const mx = mean(xs);
  const my = mean(ys);
  if (mx == null || my == null || xs.length < 2) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  // Rounding can push a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Spearman's rho as the Pearson correlation of the average ranks. Unlike the shortcut
 * 1 − 6Σd²/(n(n²−1)), this stays exact when there are ties, which severities on a 0–4 scale
 * nearly always have.
 */
export function spearmanRho(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error(`spearmanRho: ${xs.length} xs against ${ys.length} ys`);
  return pearson(averageRanks(xs), averageRanks(ys));
}

/** One assessment as the association sees it: its overall score and its challenge severities. */
export interface AssociationPoint {
  overall: number | null;
  severities: Partial<Record<ChallengeId, number | null>>;
}

export const challengeAssociationSchema = z.object({
  challenge: z.enum(CHALLENGE_IDS),
  /** Assessments with both an overall score and a severity for this category. */
  n: z.number().int(),
  nHigh: z.number().int(),
  nLow: z.number().int(),
  /** Mean overall score where severity ≥ 3. */
  meanOverallHigh: z.number().nullable(),
  /** Mean overall score where severity ≤ 1. */
  meanOverallLow: z.number().nullable(),
  /** meanOverallHigh − meanOverallLow; negative when severe challenges go with lower scores. */
  gap: z.number().nullable(),
  /** Spearman's rho between severity and overall score. */
  rho: z.number().nullable(),
  suppressed: z.boolean(),
  /** Why the category is suppressed or a statistic is missing; null when all are present. */
  reason: z.string().nullable(),
});
export type ChallengeAssociation = z.infer<typeof challengeAssociationSchema>;

/**
 * Per challenge category: how the overall score differs between assessments that rate the
 * challenge severe and those that rate it mild, and the rank correlation between the two.
 * Suppressed (every statistic null) when fewer than ASSOCIATION_MIN_N assessments qualify.
 */
export function challengeAssociation(points: readonly AssociationPoint[]): ChallengeAssociation[] {
  return CHALLENGE_IDS.map((challenge) => {
    const pairs = points.flatMap((point) => {
      const severity = point.severities[challenge];
      return point.overall != null && severity != null ? [{ severity, overall: point.overall }] : [];
    });
    const n = pairs.length;
    const high = pairs.filter((pair) => pair.severity >= HIGH_SEVERITY).map((pair) => pair.overall);
    const low = pairs.filter((pair) => pair.severity <= LOW_SEVERITY).map((pair) => pair.overall);
    if (n < ASSOCIATION_MIN_N) {
      return {
        challenge,
        n,
        nHigh: high.length,
        nLow: low.length,
        meanOverallHigh: null,
        meanOverallLow: null,
        gap: null,
        rho: null,
        suppressed: true,
        reason: `Fewer than ${ASSOCIATION_MIN_N} assessments with both a score and a severity (${n})`,
      };
    }
    const meanOverallHigh = mean(high);
    const meanOverallLow = mean(low);
    const rho = spearmanRho(
      pairs.map((pair) => pair.severity),
      pairs.map((pair) => pair.overall),
    );
    const missing = [
      high.length === 0 ? 'no assessment rates it high or critical' : null,
      low.length === 0 ? 'no assessment rates it none or low' : null,
      rho == null ? 'severity or overall score does not vary, so there is no rank correlation' : null,
    ].filter((text): text is string => text != null);
    return {
      challenge,
      n,
      nHigh: high.length,
      nLow: low.length,
      meanOverallHigh,
      meanOverallLow,
      gap: meanOverallHigh != null && meanOverallLow != null ? meanOverallHigh - meanOverallLow : null,
      rho,
      suppressed: false,
      reason: missing.length > 0 ? capitalise(missing.join('; ')) : null,
    };
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
