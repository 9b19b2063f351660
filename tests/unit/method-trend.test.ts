import { describe, expect, it } from 'vitest';
import { yearTrend, yearTrendSchema } from '../../shared/src/method/trend';

// Every expected slope is worked out by hand beside it.

describe('yearTrend', () => {
  it('is the least-squares slope over the last four quarters, in points per year', () => {
    const trend = yearTrend([
      { period: '2023Q1', overall: 90 }, // more than a year before the last: ignored
      { period: '2023Q2', overall: 40 },
      { period: '2023Q3', overall: 42 },
      { period: '2023Q4', overall: 44 },
      { period: '2024Q1', overall: 46 },
    ]);
    // 2 points a quarter × 4 quarters = 8 a year: on the threshold, which is not beyond it.
    expect(yearTrendSchema.parse(trend)).toEqual({
      direction: 'stable',
      slopePerYear: 8,
      periods: ['2023Q2', '2023Q3', '2023Q4', '2024Q1'],
    });
  });

  it('reads months on the same yearly scale', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({
      period: `2024-${String(i + 1).padStart(2, '0')}`,
      overall: 50 - i, // 1 point a month down = 12 a year
    }));
    expect(yearTrend(points)).toMatchObject({ direction: 'deteriorating', slopePerYear: -12 });
  });

  it('is improving beyond +8 a year, whatever order the points come in', () => {
    const trend = yearTrend([
      { period: '2024Q3', overall: 60 },
      { period: '2024Q1', overall: 50 },
      { period: '2024Q2', overall: 55 },
    ]);
    expect(trend.direction).toBe('improving'); // 5 a quarter = 20 a year
    expect(trend.slopePerYear).toBeCloseTo(20, 12);
  });

  it('counts the last year of the calendar, so a gap leaves fewer points', () => {
    // Only 2023Q4 and 2024Q2 fall within the four quarters ending 2024Q2; 2023Q1 is older.
    const trend = yearTrend([
      { period: '2023Q1', overall: 10 },
      { period: '2023Q4', overall: 20 },
      { period: '2024Q2', overall: 30 },
    ]);
    expect(trend).toEqual({ direction: null, slopePerYear: null, periods: ['2023Q4', '2024Q2'] });
  });

  it('skips unscored periods and has no trend with fewer than three scored ones', () => {
    expect(
      yearTrend([
        { period: '2024Q1', overall: 50 },
        { period: '2024Q2', overall: null },
        { period: '2024Q3', overall: 70 },
      ]),
    ).toEqual({ direction: null, slopePerYear: null, periods: ['2024Q1', '2024Q3'] });
    expect(yearTrend([])).toEqual({ direction: null, slopePerYear: null, periods: [] });
  });

  it('refuses quarters and months mixed', () => {
    expect(() =>
      yearTrend([
        { period: '2024Q1', overall: 50 },
        { period: '2024-05', overall: 60 },
      ]),
    ).toThrow();
  });
});
