// Descriptive statistics for the comparison report (DESIGN §5, "Challenge association"; the
// association itself is method/association.ts). Pure functions; every result that cannot be
// computed is null, never a stand-in zero.

/** Severity 3 (high) and above counts as a severe challenge; 1 (low) and below as a mild one. */
export const HIGH_SEVERITY = 3;
export const LOW_SEVERITY = 1;

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
