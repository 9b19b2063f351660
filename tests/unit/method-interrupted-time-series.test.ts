import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  interruptedTimeSeries,
  interruptedTimeSeriesSchema,
  interruptedTimeSeriesSentence,
  type FittedInterruptedTimeSeries,
} from '../../shared/src/method/interrupted-time-series';
import { Z_95 } from '../../shared/src/method/special-functions';

// Expected values: statsmodels GLM(y, X, family=Poisson()).fit(scale='X2') on four series, with
// the counterfactual band computed the same way in numpy (tests/fixtures/method/generate.py).
interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}
const fixture = JSON.parse(
  fs.readFileSync(new URL('../fixtures/method/interrupted-time-series.json', import.meta.url), 'utf8'),
) as {
  z: number;
  series: {
    name: string;
    periods: string[];
    counts: number[];
    interventionIndex: number;
    periodsPerYear: number;
    expected: {
      params: number[];
      bse: number[];
      scale: number;
      fitted: number[];
      levelChange: Interval;
      slopeChangePerYear: Interval;
      preTrendPerYear: Interval;
      counterfactual: { t: number; expected: number; lower: number; upper: number }[];
      observedTotal: number;
      expectedTotal: number;
      expectedTotalLower: number;
      expectedTotalUpper: number;
      residualAutocorrelation: number;
    };
  }[];
};

const RELATIVE = 1e-6;
function expectClose(actual: number, expected: number, what: string) {
  const tolerance = Math.max(RELATIVE * Math.abs(expected), 1e-12);
  expect(Math.abs(actual - expected), `${what}: ${actual} against ${expected}`).toBeLessThanOrEqual(tolerance);
}
function expectAllClose(actual: readonly number[], expected: readonly number[], what: string) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expectClose(actual[i], value, `${what}[${i}]`));
}
function expectInterval(actual: Interval, expected: Interval, what: string) {
  expectClose(actual.estimate, expected.estimate, `${what} estimate`);
  expectClose(actual.lower, expected.lower, `${what} lower`);
  expectClose(actual.upper, expected.upper, `${what} upper`);
}

function fit(counts: number[], interventionIndex: number, periodsPerYear = 4): FittedInterruptedTimeSeries {
  const result = interruptedTimeSeriesSchema.parse(
    interruptedTimeSeries({ counts, interventionIndex, periodsPerYear }),
  );
  if (result.status !== 'fitted') throw new Error(`refused: ${result.reason}`);
  return result;
}

describe('interruptedTimeSeries against statsmodels', () => {
  it('uses the same normal quantile as statsmodels', () => {
    expectClose(Z_95, fixture.z, 'z');
  });

  it('covers the UCDP series, a series with zeros, a monthly one and an over-dispersed one', () => {
    expect(fixture.series.map((series) => series.name)).toEqual([
      'CAR UCDP GED events per quarter, MINUSCA from 2014Q2',
      'CAR UCDP GED events per month, MINUSCA from 2014-04',
      'small counts with zeros',
      'over-dispersed negative binomial, size 3',
    ]);
  });

  describe.each(fixture.series)('$name', ({ counts, interventionIndex, periodsPerYear, expected }) => {
    const result = fit(counts, interventionIndex, periodsPerYear);

    it('has the coefficients, standard errors, dispersion and fitted values', () => {
      expectAllClose(result.coefficients, expected.params, 'β');
      expectAllClose(result.standardErrors, expected.bse, 'se');
      expectClose(result.dispersion, expected.scale, 'φ');
      expectAllClose(result.fitted, expected.fitted, 'μ̂');
    });

    it('has the level change, the slope change per year and the trend before, with intervals', () => {
      expectInterval(result.levelChange, expected.levelChange, 'level change');
      expectInterval(result.slopeChangePerYear, expected.slopeChangePerYear, 'slope change');
      expectInterval(result.preTrendPerYear, expected.preTrendPerYear, 'pre-trend');
    });

    it('has the counterfactual band for every period from t0 and the totals', () => {
      expect(result.counterfactual.map((point) => point.index)).toEqual(
        expected.counterfactual.map((point) => point.t),
      );
      result.counterfactual.forEach((point, i) => {
        expectClose(point.expected, expected.counterfactual[i].expected, `counterfactual[${i}]`);
        expectClose(point.lower, expected.counterfactual[i].lower, `counterfactual lower[${i}]`);
        expectClose(point.upper, expected.counterfactual[i].upper, `counterfactual upper[${i}]`);
      });
      expect(result.observedAfter).toBe(expected.observedTotal);
      expectInterval(
        result.expectedAfter,
        { estimate: expected.expectedTotal, lower: expected.expectedTotalLower, upper: expected.expectedTotalUpper },
        'expected total',
      );
      expectClose(result.differenceAfter, expected.observedTotal - expected.expectedTotal, 'difference');
    });

    it('has the lag-1 autocorrelation of the Pearson residuals, and warns beyond 0.3', () => {
      expectClose(result.residualAutocorrelation, expected.residualAutocorrelation, 'r1');
      expect(result.autocorrelationWarning).toBe(Math.abs(expected.residualAutocorrelation) > 0.3);
    });
  });
});

describe('interruptedTimeSeries refuses', () => {
  const sixteen = [5, 7, 6, 8, 5, 9, 7, 6, 3, 4, 2, 5, 3, 2, 4, 3];

  it('with fewer than 8 periods on either side of the intervention', () => {
    expect(interruptedTimeSeries({ counts: sixteen, interventionIndex: 7, periodsPerYear: 4 })).toEqual({
      status: 'refused',
      reason: 'too_few_periods_before',
    });
    expect(interruptedTimeSeries({ counts: sixteen, interventionIndex: 9, periodsPerYear: 4 })).toEqual({
      status: 'refused',
      reason: 'too_few_periods_after',
    });
    expect(interruptedTimeSeries({ counts: sixteen, interventionIndex: 8, periodsPerYear: 4 }).status).toBe('fitted');
  });

  it('when every count is zero', () => {
    expect(interruptedTimeSeries({ counts: new Array(20).fill(0), interventionIndex: 10, periodsPerYear: 4 })).toEqual({
      status: 'refused',
      reason: 'all_counts_zero',
    });
  });

  it('when no events at all after the intervention push the level change to −∞', () => {
    const counts = [...sixteen.slice(0, 8), ...new Array(8).fill(0)];
    expect(interruptedTimeSeries({ counts, interventionIndex: 8, periodsPerYear: 4 })).toEqual({
      status: 'refused',
      reason: 'no_fit',
    });
  });

  it('negative or non-finite counts, as a programming error', () => {
    expect(() => interruptedTimeSeries({ counts: [...sixteen, -1], interventionIndex: 8, periodsPerYear: 4 })).toThrow(
      RangeError,
    );
  });
});

describe('interruptedTimeSeriesSentence', () => {
  it('says what changed, with intervals, and that it is not proof of cause', () => {
    const series = fixture.series[0];
    const result = fit(series.counts, series.interventionIndex, series.periodsPerYear);
    const sentence = interruptedTimeSeriesSentence(result, {
      interventionLabel: '2014 Q2',
      countName: 'violent incidents',
    });
    const e = series.expected;
    const pct = (ratio: number) => `${ratio < 1 ? '−' : '+'}${Math.abs(Math.round((ratio - 1) * 100))} %`;
    expect(sentence).toContain(
      `From 2014 Q2, ${e.observedTotal.toLocaleString('en-GB')} violent incidents were recorded`,
    );
    expect(sentence).toContain(`the level changed by ${pct(e.levelChange.estimate)}`);
    expect(sentence).toContain(`(95 % CI ${pct(e.levelChange.lower)} to ${pct(e.levelChange.upper)})`);
    expect(sentence).toContain('Successive periods are correlated'); // r1 = 0.54 in the CAR series
    expect(sentence.endsWith('This is a change in time, not proof of cause.')).toBe(true);
  });

  it('gives the reason when the series was refused', () => {
    expect(
      interruptedTimeSeriesSentence(
        { status: 'refused', reason: 'too_few_periods_before' },
        { interventionLabel: '2024 Q1' },
      ),
    ).toBe('Not estimated: fewer than 8 periods before 2024 Q1.');
  });
});
