import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  clopperPearson,
  rateRatioAgainstValue,
  rateRatioAgainstWindow,
  rateRatioSchema,
} from '../../shared/src/method/rate-ratio';

// Expected values: scipy.stats.binomtest(x, x + B).proportion_ci(method='exact') mapped to the
// rate ratio, and scipy.stats.chi2.ppf for the typed baseline (tests/fixtures/method/generate.py).
const fixture = JSON.parse(fs.readFileSync(new URL('../fixtures/method/rate-ratio.json', import.meta.url), 'utf8')) as {
  window: {
    events: number;
    baselineEvents: number;
    baselinePeriods: number;
    pLower: number;
    pUpper: number;
    ratio: number | null;
    lower: number;
    upper: number | null;
  }[];
  typed: { events: number; baseline: number; ratio: number; lower: number; upper: number }[];
};

function expectClose(actual: number | null, expected: number | null, relative = 1e-9) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.max(relative * Math.abs(expected), 1e-15));
}

describe('rateRatioAgainstWindow (exact conditional interval)', () => {
  it.each(fixture.window)(
    '$events events against $baselineEvents over $baselinePeriods periods matches scipy',
    ({ events, baselineEvents, baselinePeriods, pLower, pUpper, ratio, lower, upper }) => {
      const p = clopperPearson(events, events + baselineEvents);
      expectClose(p.lower, pLower);
      expectClose(p.upper, pUpper);
      const result = rateRatioSchema.parse(rateRatioAgainstWindow(events, baselineEvents, baselinePeriods));
      expectClose(result.ratio, ratio);
      expectClose(result.lower, lower);
      expectClose(result.upper, upper);
    },
  );

  it('has no upper bound, written null, when the baseline recorded no events', () => {
    const result = rateRatioAgainstWindow(7, 0, 4);
    expect(result).toMatchObject({ ratio: null, upper: null, scored: false, reason: 'too_few_events' });
    expect(result.lower).toBeGreaterThan(0);
  });

  it('starts at 0 when the period recorded no events', () => {
    expect(rateRatioAgainstWindow(0, 40, 4)).toMatchObject({ ratio: 0, lower: 0 });
  });

  it('is not scored below 5 events per baseline period, and scored from 5 on', () => {
    expect(rateRatioAgainstWindow(3, 19, 4)).toMatchObject({
      baselineMean: 4.75,
      scored: false,
      reason: 'too_few_events',
    });
    expect(rateRatioAgainstWindow(3, 20, 4)).toMatchObject({ baselineMean: 5, scored: true, reason: null });
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => rateRatioAgainstWindow(1.5, 10, 2)).toThrow(RangeError);
    expect(() => rateRatioAgainstWindow(1, -1, 2)).toThrow(RangeError);
    expect(() => rateRatioAgainstWindow(1, 10, 0)).toThrow(RangeError);
  });
});

describe('rateRatioAgainstValue (exact Poisson interval)', () => {
  it.each(fixture.typed)(
    '$events events against a typed $baseline matches scipy',
    ({ events, baseline, ratio, lower, upper }) => {
      const result = rateRatioSchema.parse(rateRatioAgainstValue(events, baseline));
      expectClose(result.ratio, ratio);
      expectClose(result.lower, lower);
      expectClose(result.upper, upper);
      expect(result.method).toBe('exact_poisson');
    },
  );

  it('is not scored against a typed baseline below 5, and has no ratio against 0', () => {
    expect(rateRatioAgainstValue(4, 4.9)).toMatchObject({ scored: false, reason: 'too_few_events' });
    expect(rateRatioAgainstValue(4, 0)).toMatchObject({ ratio: null, lower: null, upper: null, scored: false });
  });
});
