import { z } from 'zod';
import { betaQuantile, gammaQuantile } from './special-functions';

// A count against its baseline, honestly: the rate ratio with an exact 95 % interval, and no
// score at all when the baseline holds too few events for a change to mean anything (DESIGN §5).

/** Below this many events per period on average, a count's baseline is too thin to score against. */
export const MIN_BASELINE_EVENTS_PER_PERIOD = 5;

export const RATE_RATIO_METHODS = ['exact_conditional', 'exact_poisson'] as const;

/**
 * A count's change against its baseline as a rate ratio (1 = no change, 0.5 = half the events).
 * `upper` is null when the exact interval has no finite upper bound (no baseline events: JSON
 * has no Infinity). `ratio`, `lower` and `upper` are all null when there is no baseline rate at
 * all (a typed baseline of 0).
 */
export const rateRatioSchema = z.object({
  events: z.number().meta({ description: 'Events in the period' }),
  baselineMean: z.number().meta({ description: 'Baseline events per period (B ÷ k, or the typed value)' }),
  baselineEvents: z.number().nullable().meta({ description: 'B: events over the baseline window; null when typed' }),
  baselinePeriods: z.number().nullable().meta({ description: 'k: periods in the baseline window; null when typed' }),
  ratio: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable().meta({ description: 'null: no finite upper bound' }),
  method: z.enum(RATE_RATIO_METHODS),
  scored: z.boolean(),
  reason: z.enum(['too_few_events']).nullable(),
});
export type RateRatio = z.infer<typeof rateRatioSchema>;

export const TOO_FEW_EVENTS_TEXT = 'Not scored: too few events';

function assertCount(name: string, value: number) {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, not ${value}`);
}

/**
 * Clopper–Pearson 95 % interval for a binomial proportion x ÷ n: the beta quantiles
 * Beta(0.025; x, n − x + 1) and Beta(0.975; x + 1, n − x), with pL = 0 when x = 0 and pU = 1 when
 * x = n. For n = 0 it is the whole of [0, 1].
 */
export function clopperPearson(x: number, n: number): { lower: number; upper: number } {
  assertCount('x', x);
  assertCount('n', n);
  if (x > n) throw new RangeError(`x (${x}) cannot exceed n (${n})`);
  return {
    lower: x === 0 ? 0 : betaQuantile(0.025, x, n - x + 1),
    upper: x === n ? 1 : betaQuantile(0.975, x + 1, n - x),
  };
}

/**
 * The rate ratio of x events in one period against B events over the k periods of a baseline
 * window, k·x ÷ B, with the exact conditional interval for the ratio of two Poisson rates:
 * given x + B events in all, x is binomial with p = RR ÷ (RR + k), so the Clopper–Pearson
 * interval [pL, pU] of x ÷ (x + B) maps to k·pL ÷ (1 − pL) to k·pU ÷ (1 − pU).
 * References: Clopper & Pearson (1934), Biometrika 26: 404–413; Fay (2010), "Two-sided exact
 * tests and matching confidence intervals for discrete data", R Journal 2(1): 53–58 (the
 * interval of R's two-sample poisson.test).
 */
export function rateRatioAgainstWindow(events: number, baselineEvents: number, baselinePeriods: number): RateRatio {
  assertCount('events', events);
  assertCount('baselineEvents', baselineEvents);
  if (!Number.isInteger(baselinePeriods) || baselinePeriods < 1) {
    throw new RangeError(`baselinePeriods must be a whole number ≥ 1, not ${baselinePeriods}`);
  }
  const k = baselinePeriods;
  const p = clopperPearson(events, events + baselineEvents);
  const baselineMean = baselineEvents / k;
  return {
    events,
    baselineMean,
    baselineEvents,
    baselinePeriods,
    ratio: baselineEvents === 0 ? null : (k * events) / baselineEvents,
    lower: (k * p.lower) / (1 - p.lower),
    upper: p.upper === 1 ? null : (k * p.upper) / (1 - p.upper),
    method: 'exact_conditional',
    ...scoredAgainst(baselineMean),
  };
}

/**
 * The rate ratio of x events against a typed baseline rate b per period, x ÷ b, with the exact
 * (Garwood) Poisson interval of x divided by b: [χ²(0.025; 2x) ÷ 2, χ²(0.975; 2x + 2) ÷ 2] ÷ b,
 * the lower bound 0 when x = 0. Reference: Garwood (1936), Biometrika 28: 437–442.
 */
export function rateRatioAgainstValue(events: number, baseline: number): RateRatio {
  assertCount('events', events);
  if (!(baseline >= 0) || !Number.isFinite(baseline)) {
    throw new RangeError(`baseline must be a finite number ≥ 0, not ${baseline}`);
  }
  const common = {
    events,
    baselineMean: baseline,
    baselineEvents: null,
    baselinePeriods: null,
    method: 'exact_poisson' as const,
    ...scoredAgainst(baseline),
  };
  if (baseline === 0) return { ...common, ratio: null, lower: null, upper: null };
  // χ²(q; ν) ÷ 2 is the q-quantile of Gamma(ν ÷ 2, 1).
  const lower = events === 0 ? 0 : gammaQuantile(0.025, events);
  const upper = gammaQuantile(0.975, events + 1);
  return { ...common, ratio: events / baseline, lower: lower / baseline, upper: upper / baseline };
}

function scoredAgainst(baselineMean: number): Pick<RateRatio, 'scored' | 'reason'> {
  return baselineMean < MIN_BASELINE_EVENTS_PER_PERIOD
    ? { scored: false, reason: 'too_few_events' }
    : { scored: true, reason: null };
}
