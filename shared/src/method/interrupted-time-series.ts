import { z } from 'zod';
import { Z_95 } from './special-functions';

// "Effect since a date" for a count indicator (DESIGN §5): a segmented quasi-Poisson regression
// of the event series on time, a level change and a slope change at the intervention,
//   log μ_t = β0 + β1·t + β2·D_t + β3·(t − t0)·D_t,   D_t = 1 from t0 on,
// fitted by iteratively reweighted least squares, with the dispersion φ = Pearson χ² ÷ (n − 4)
// scaling the standard errors. Reference: Lopez Bernal, Cummins & Gasparrini (2017),
// "Interrupted time series regression for the evaluation of public health interventions: a
// tutorial", International Journal of Epidemiology 46(1): 348–355. Checked against statsmodels'
// GLM(family=Poisson()).fit(scale='X2') (tests/unit/method-interrupted-time-series.test.ts).

/** Fewer periods than this on either side of the intervention and the model is not fitted. */
export const ITS_MIN_PERIODS_EACH_SIDE = 8;
/** Lag-1 autocorrelation of the residuals beyond which the intervals are said to be too narrow. */
export const ITS_AUTOCORRELATION_LIMIT = 0.3;

const ITS_REFUSALS = ['too_few_periods_before', 'too_few_periods_after', 'all_counts_zero', 'no_fit'] as const;
export type ItsRefusal = (typeof ITS_REFUSALS)[number];

const estimateSchema = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });
export type Estimate = z.infer<typeof estimateSchema>;

/**
 * A fitted interrupted time series: ratios (1 = no change) with 95 % intervals for the trend
 * before, the level change at t0 and the change in trend per year; the counterfactual (the
 * trend before, carried on) for every period from t0, with its 95 % band; and the totals from t0.
 * Or a refusal, with the reason.
 */
export const interruptedTimeSeriesSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('fitted'),
    /** β0 … β3 and their standard errors, √(φ · diag((XᵀWX)⁻¹)). */
    coefficients: z.array(z.number()).length(4),
    standardErrors: z.array(z.number()).length(4),
    dispersion: z.number(),
    fitted: z.array(z.number()),
    preTrendPerYear: estimateSchema,
    levelChange: estimateSchema,
    slopeChangePerYear: estimateSchema,
    counterfactual: z.array(
      z.object({ index: z.number().int(), expected: z.number(), lower: z.number(), upper: z.number() }),
    ),
    observedAfter: z.number(),
    /** Σ counterfactual from t0, its 95 % interval by the delta method on the log scale. */
    expectedAfter: estimateSchema,
    /** observedAfter − expectedAfter.estimate: negative when fewer events were recorded than expected. */
    differenceAfter: z.number(),
    residualAutocorrelation: z.number(),
    /** |lag-1 autocorrelation| > 0.3: the intervals are too narrow and should be read with care. */
    autocorrelationWarning: z.boolean(),
  }),
  z.object({ status: z.literal('refused'), reason: z.enum(ITS_REFUSALS) }),
]);
export type InterruptedTimeSeries = z.infer<typeof interruptedTimeSeriesSchema>;
export type FittedInterruptedTimeSeries = Extract<InterruptedTimeSeries, { status: 'fitted' }>;

export interface ItsInput {
  /** Events per period, oldest first, with no period missing. */
  counts: readonly number[];
  /** t0: the index in `counts` of the first period under the intervention. */
  interventionIndex: number;
  /** 4 for quarters, 12 for months. */
  periodsPerYear: number;
}

type Matrix = number[][];

/** Fits the segmented quasi-Poisson model, or says why it will not. */
export function interruptedTimeSeries({
  counts,
  interventionIndex: t0,
  periodsPerYear,
}: ItsInput): InterruptedTimeSeries {
  if (counts.some((y) => !(y >= 0) || !Number.isFinite(y))) throw new RangeError('Counts must be finite and ≥ 0');
  if (!Number.isInteger(t0)) throw new RangeError(`interventionIndex must be a whole number, not ${t0}`);
  const n = counts.length;
  if (t0 < ITS_MIN_PERIODS_EACH_SIDE) return { status: 'refused', reason: 'too_few_periods_before' };
  if (n - t0 < ITS_MIN_PERIODS_EACH_SIDE) return { status: 'refused', reason: 'too_few_periods_after' };
  if (counts.every((y) => y === 0)) return { status: 'refused', reason: 'all_counts_zero' };

  const design: Matrix = counts.map((_, t) => (t >= t0 ? [1, t, 1, t - t0] : [1, t, 0, 0]));
  const fit = fitPoisson(design, counts);
  if (!fit) return { status: 'refused', reason: 'no_fit' };
  const { beta, mu, unscaledCovariance } = fit;

  const pearson = counts.map((y, t) => (y - mu[t]) / Math.sqrt(mu[t]));
  const dispersion = pearson.reduce((sum, r) => sum + r * r, 0) / (n - 4);
  const covariance = unscaledCovariance.map((row) => row.map((v) => v * dispersion));
  const standardErrors = covariance.map((row, i) => Math.sqrt(row[i]));
  const ratio = (j: number, scale: number): Estimate => ({
    estimate: Math.exp(beta[j] * scale),
    lower: Math.exp((beta[j] - Z_95 * standardErrors[j]) * scale),
    upper: Math.exp((beta[j] + Z_95 * standardErrors[j]) * scale),
  });

  const counterfactual = [];
  const totalGradient = [0, 0, 0, 0];
  for (let t = t0; t < n; t++) {
    const x = [1, t, 0, 0];
    const eta = dot(x, beta);
    const se = Math.sqrt(quadraticForm(x, covariance));
    const expected = Math.exp(eta);
    counterfactual.push({
      index: t,
      expected,
      lower: Math.exp(eta - Z_95 * se),
      upper: Math.exp(eta + Z_95 * se),
    });
    for (let j = 0; j < 4; j++) totalGradient[j] += expected * x[j];
  }
  const expectedTotal = counterfactual.reduce((sum, point) => sum + point.expected, 0);
  // Delta method on log Σμ̂: its gradient is Σ μ̂_t x_t ÷ Σ μ̂_t, so the band stays positive.
  const seLogTotal = Math.sqrt(quadraticForm(totalGradient, covariance)) / expectedTotal;
  const observedAfter = counts.slice(t0).reduce((sum, y) => sum + y, 0);
  const residualAutocorrelation = lagOneAutocorrelation(pearson);

  return {
    status: 'fitted',
    coefficients: beta,
    standardErrors,
    dispersion,
    fitted: mu,
    preTrendPerYear: ratio(1, periodsPerYear),
    levelChange: ratio(2, 1),
    slopeChangePerYear: ratio(3, periodsPerYear),
    counterfactual,
    observedAfter,
    expectedAfter: {
      estimate: expectedTotal,
      lower: expectedTotal * Math.exp(-Z_95 * seLogTotal),
      upper: expectedTotal * Math.exp(Z_95 * seLogTotal),
    },
    differenceAfter: observedAfter - expectedTotal,
    residualAutocorrelation,
    autocorrelationWarning: Math.abs(residualAutocorrelation) > ITS_AUTOCORRELATION_LIMIT,
  };
}

/**
 * Poisson regression with the log link by iteratively reweighted least squares (Newton's method,
 * the log link being canonical), started as statsmodels starts it, μ = (y + ȳ) ÷ 2. Null when
 * it does not converge (a series whose zeros push a coefficient to −∞) or XᵀWX is singular.
 */
function fitPoisson(
  X: Matrix,
  y: readonly number[],
): { beta: number[]; mu: number[]; unscaledCovariance: Matrix } | null {
  const meanY = y.reduce((sum, v) => sum + v, 0) / y.length;
  let mu = y.map((v) => (v + meanY) / 2);
  let eta = mu.map(Math.log);
  let beta: number[] = [0, 0, 0, 0];
  for (let iteration = 0; iteration < 100; iteration++) {
    // Working response z = η + (y − μ) ÷ μ with weights μ.
    const inverse = invertPositiveDefinite(weightedCrossProduct(X, mu));
    if (!inverse) return null;
    const score = [0, 0, 0, 0];
    X.forEach((x, t) => {
      const z = eta[t] + (y[t] - mu[t]) / mu[t];
      for (let j = 0; j < 4; j++) score[j] += x[j] * mu[t] * z;
    });
    const next = inverse.map((row) => dot(row, score));
    // Newton converges quadratically: once a step is this small, the error left is far smaller.
    const converged = iteration > 0 && next.every((b, j) => Math.abs(b - beta[j]) <= 1e-10 * (1 + Math.abs(b)));
    beta = next;
    eta = X.map((x) => dot(x, beta));
    mu = eta.map(Math.exp);
    if (mu.some((m) => !(m > 0) || !Number.isFinite(m))) return null;
    if (converged) {
      const unscaledCovariance = invertPositiveDefinite(weightedCrossProduct(X, mu));
      return unscaledCovariance ? { beta, mu, unscaledCovariance } : null;
    }
  }
  return null;
}

/** XᵀWX with W = diag(w). */
function weightedCrossProduct(X: Matrix, w: readonly number[]): Matrix {
  const p = X[0].length;
  const out = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  X.forEach((x, t) => {
    for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) out[i][j] += x[i] * w[t] * x[j];
  });
  return out;
}

/** The inverse of a symmetric positive-definite matrix through its Cholesky factor; null if it has none. */
function invertPositiveDefinite(A: Matrix): Matrix | null {
  const p = A.length;
  const L = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = A[i][j];
      for (let k = 0; k < j; k++) sum -= L[i][k] * L[j][k];
      if (i === j) {
        if (!(sum > 0)) return null;
        L[i][i] = Math.sqrt(sum);
      } else L[i][j] = sum / L[j][j];
    }
  }
  // A⁻¹ = L⁻ᵀ L⁻¹; invert the triangle column by column.
  const Linv = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    Linv[j][j] = 1 / L[j][j];
    for (let i = j + 1; i < p; i++) {
      let sum = 0;
      for (let k = j; k < i; k++) sum -= L[i][k] * Linv[k][j];
      Linv[i][j] = sum / L[i][i];
    }
  }
  return Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => {
      let sum = 0;
      for (let k = Math.max(i, j); k < p; k++) sum += Linv[k][i] * Linv[k][j];
      return sum;
    }),
  );
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, v, i) => sum + v * b[i], 0);
}

function quadraticForm(x: readonly number[], A: Matrix): number {
  return x.reduce((sum, xi, i) => sum + xi * dot(A[i], x), 0);
}

/** Lag-1 autocorrelation as statsmodels' acf computes it: Σ(e_t − ē)(e_{t−1} − ē) ÷ Σ(e_t − ē)². */
export function lagOneAutocorrelation(residuals: readonly number[]): number {
  const m = residuals.reduce((sum, r) => sum + r, 0) / residuals.length;
  let numerator = 0;
  let denominator = 0;
  residuals.forEach((r, t) => {
    denominator += (r - m) ** 2;
    if (t > 0) numerator += (r - m) * (residuals[t - 1] - m);
  });
  return denominator === 0 ? 0 : numerator / denominator;
}

const percent = (ratio: number) => {
  const value = Math.round((ratio - 1) * 100);
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)} %`;
};
const whole = (x: number) => Math.round(x).toLocaleString('en-GB');

/**
 * The plain English sentence for a fitted series, for example: "From 2014 Q2, 1,203 events were
 * recorded against 2,870 expected had the earlier trend continued (95 % CI 1,540 to 5,350).
 * At 2014 Q2 the level changed by −65 % (95 % CI −84 % to −25 %) and the trend by −75 % a year
 * (95 % CI −90 % to −38 %). This is a change in time, not proof of cause."
 */
export function interruptedTimeSeriesSentence(
  result: InterruptedTimeSeries,
  { interventionLabel, countName = 'events' }: { interventionLabel: string; countName?: string },
): string {
  if (result.status === 'refused') {
    const reasons: Record<ItsRefusal, string> = {
      too_few_periods_before: `Not estimated: fewer than ${ITS_MIN_PERIODS_EACH_SIDE} periods before ${interventionLabel}.`,
      too_few_periods_after: `Not estimated: fewer than ${ITS_MIN_PERIODS_EACH_SIDE} periods from ${interventionLabel} on.`,
      all_counts_zero: `Not estimated: no ${countName} were recorded in any period.`,
      no_fit: 'Not estimated: the model could not be fitted to this series.',
    };
    return reasons[result.reason];
  }
  const { expectedAfter: expected, levelChange: level, slopeChangePerYear: slope } = result;
  const sentences = [
    `From ${interventionLabel}, ${whole(result.observedAfter)} ${countName} were recorded against ` +
      `${whole(expected.estimate)} expected had the earlier trend continued ` +
      `(95 % CI ${whole(expected.lower)} to ${whole(expected.upper)}).`,
    `At ${interventionLabel} the level changed by ${percent(level.estimate)} ` +
      `(95 % CI ${percent(level.lower)} to ${percent(level.upper)}) and the trend by ` +
      `${percent(slope.estimate)} a year (95 % CI ${percent(slope.lower)} to ${percent(slope.upper)}).`,
  ];
  if (result.autocorrelationWarning) {
    // Positive correlation makes the model's intervals too narrow, negative too wide.
    const r = result.residualAutocorrelation;
    sentences.push(
      `Successive periods are correlated (lag-1 r = ${r < 0 ? '−' : ''}${Math.abs(r).toFixed(2)}), ` +
        `so the intervals are ${r > 0 ? 'narrower' : 'wider'} than they should be.`,
    );
  }
  sentences.push('This is a change in time, not proof of cause.');
  return sentences.join(' ');
}
