import { describe, expect, it } from 'vitest';
import {
  normaliseTypedPeriod,
  comparePeriods,
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodBounds,
  periodKey,
  periodOfDate,
  periodOrdinal,
  periodRange,
  periodSchema,
  periodTypeOf,
} from '../../shared/src/periods';

describe('parsePeriod', () => {
  it.each([
    ['2024Q1', { type: 'quarter', year: 2024, index: 1 }],
    ['2024Q4', { type: 'quarter', year: 2024, index: 4 }],
    ['2024-01', { type: 'month', year: 2024, index: 1 }],
    ['2024-03', { type: 'month', year: 2024, index: 3 }],
    ['2024-12', { type: 'month', year: 2024, index: 12 }],
  ])('reads %s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each([
    '2024Q0',
    '2024Q5',
    '2024q1',
    '2024 Q1',
    '2024-00',
    '2024-13',
    '2024-3',
    '24-03',
    '2024-03-01',
    '2024',
    'Q1 2024',
    ' 2024Q1',
    '2024Q1 ',
    '',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(periodTypeOf(text)).toBeNull();
    expect(periodSchema.safeParse(text).success).toBe(false);
  });

  it('accepts a valid period in the schema and names its type', () => {
    expect(periodSchema.safeParse('2024Q2').success).toBe(true);
    expect(periodTypeOf('2024Q2')).toBe('quarter');
    expect(periodTypeOf('2024-07')).toBe('month');
  });
});

describe('periodKey and formatPeriod', () => {
  it('writes the file form, zero-padding months', () => {
    expect(periodKey({ type: 'quarter', year: 2024, index: 3 })).toBe('2024Q3');
    expect(periodKey({ type: 'month', year: 2024, index: 3 })).toBe('2024-03');
    expect(periodKey({ type: 'month', year: 2024, index: 11 })).toBe('2024-11');
  });

  it.each([
    ['2024Q1', '2024 Q1'],
    ['2023Q4', '2023 Q4'],
    ['2024-03', 'Mar 2024'],
    ['2024-01', 'Jan 2024'],
    ['2024-12', 'Dec 2024'],
    ['not a period', 'not a period'],
  ])('shows %s as %s', (text, shown) => {
    expect(formatPeriod(text)).toBe(shown);
  });
});

describe('ordering', () => {
  it('orders quarters and months within their type', () => {
    expect(comparePeriods('2024Q1', '2024Q2')).toBeLessThan(0);
    expect(comparePeriods('2024Q1', '2023Q4')).toBeGreaterThan(0);
    expect(comparePeriods('2024Q3', '2024Q3')).toBe(0);
    expect(comparePeriods('2024-02', '2024-11')).toBeLessThan(0);
    expect(comparePeriods('2025-01', '2024-12')).toBeGreaterThan(0);
  });

  it('sorts a mixed-up list of quarters', () => {
    const periods = ['2024Q2', '2023Q4', '2024Q1', '2023Q1'];
    expect([...periods].sort(comparePeriods)).toEqual(['2023Q1', '2023Q4', '2024Q1', '2024Q2']);
  });

  it('grows the ordinal by one from one period to the next, across a year end', () => {
    expect(periodOrdinal('2024Q1') - periodOrdinal('2023Q4')).toBe(1);
    expect(periodOrdinal('2024-01') - periodOrdinal('2023-12')).toBe(1);
  });

  it('refuses to order a quarter against a month', () => {
    expect(() => comparePeriods('2024Q1', '2024-01')).toThrow(/quarter against a month/);
    expect(() => comparePeriods('2024-01', '2024Q1')).toThrow(/month against a quarter/);
  });

  it('refuses to order something that is not a period', () => {
    expect(() => comparePeriods('2024Q5', '2024Q1')).toThrow(/Not a period/);
  });
});

describe('nextPeriod', () => {
  it.each([
    ['2024Q1', '2024Q2'],
    ['2024Q3', '2024Q4'],
    ['2024Q4', '2025Q1'],
    ['2024-01', '2024-02'],
    ['2024-09', '2024-10'],
    ['2024-12', '2025-01'],
  ])('%s is followed by %s', (period, next) => {
    expect(nextPeriod(period)).toBe(next);
  });
});

describe('periodRange', () => {
  it('lists quarters inclusively across a year end', () => {
    expect(periodRange('2023Q3', '2024Q2')).toEqual(['2023Q3', '2023Q4', '2024Q1', '2024Q2']);
  });

  it('lists months inclusively across a year end', () => {
    expect(periodRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });

  it('holds one period when from equals to, and none when from is after to', () => {
    expect(periodRange('2024Q2', '2024Q2')).toEqual(['2024Q2']);
    expect(periodRange('2024Q3', '2024Q2')).toEqual([]);
  });

  it('refuses a range from a quarter to a month', () => {
    expect(() => periodRange('2024Q1', '2024-06')).toThrow();
  });
});

describe('periodOfDate', () => {
  it.each([
    ['2024-01-01', '2024Q1'],
    ['2024-03-31', '2024Q1'],
    ['2024-04-01', '2024Q2'],
    ['2024-09-30', '2024Q3'],
    ['2024-12-31T23:59:59Z', '2024Q4'],
  ])('puts %s in quarter %s', (date, period) => {
    expect(periodOfDate(date, 'quarter')).toBe(period);
  });

  it.each([
    ['2024-01-15', '2024-01'],
    ['2024-02-29', '2024-02'],
    ['2024-12-31', '2024-12'],
  ])('puts %s in month %s', (date, period) => {
    expect(periodOfDate(date, 'month')).toBe(period);
  });

  it.each(['2024-13-01', '2024-00-10', '2024/03/01', '15 March 2024', ''])('finds no period for %j', (date) => {
    expect(periodOfDate(date, 'quarter')).toBeNull();
    expect(periodOfDate(date, 'month')).toBeNull();
  });
});

describe('periodBounds', () => {
  it.each([
    ['2024Q1', '2024-01-01', '2024-03-31'],
    ['2024Q2', '2024-04-01', '2024-06-30'],
    ['2024Q3', '2024-07-01', '2024-09-30'],
    ['2024Q4', '2024-10-01', '2024-12-31'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024-12', '2024-12-01', '2024-12-31'],
    // February: 2024 and 2000 are leap years; 2023 is not, nor is 2100 (divisible by 100, not 400).
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2100-02', '2100-02-01', '2100-02-28'],
  ])('%s runs from %s to %s', (period, start, end) => {
    expect(periodBounds(period)).toEqual({ start, end });
  });

  it('refuses something that is not a period', () => {
    expect(() => periodBounds('2024-13')).toThrow(/Not a period/);
  });
});

describe('the years a period may fall in', () => {
  it.each(['0500Q1', '0007Q2', '0000-01', '1899Q4', '2101-01', '9999Q4'])('refuses %s, saying the range', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(periodTypeOf(text)).toBeNull();
    const result = periodSchema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('The year of a period must be from 1900 to 2100');
  });

  it('accepts the first and last years', () => {
    expect(parsePeriod('1900Q1')).toEqual({ type: 'quarter', year: 1900, index: 1 });
    expect(parsePeriod('2100-12')).toEqual({ type: 'month', year: 2100, index: 12 });
    expect(periodSchema.safeParse('2024Q5').error?.issues[0].message).toBe(
      'Write the period as a quarter (2024Q1) or a month (2024-03)',
    );
  });
});

describe('normaliseTypedPeriod: a period typed as the screens show it', () => {
  it.each([
    ['2023Q1', '2023Q1'],
    [' 2023Q1 ', '2023Q1'],
    ['2023 Q1', '2023Q1'],
    ['2023-Q2', '2023Q2'],
    ['2023q3', '2023Q3'],
    ['Q4 2023', '2023Q4'],
    ['T1 2023', '2023Q1'],
    ['t2  2023', '2023Q2'],
    ['2023 T3', '2023Q3'],
    ['T4-2023', '2023Q4'],
    ['2024-03', '2024-03'],
  ])('reads %j as %s', (typed, key) => {
    expect(normaliseTypedPeriod(typed)).toBe(key);
    expect(parsePeriod(normaliseTypedPeriod(typed))).not.toBeNull();
  });

  it.each(['T5 2023', 'Q0 2023', '2023 T', 'T1 23', '1 2023', 'trimestre 1', '', 'T1 2023 extra'])(
    'leaves %j for the schema to refuse',
    (typed) => {
      expect(normaliseTypedPeriod(typed)).toBe(typed.trim());
      expect(parsePeriod(normaliseTypedPeriod(typed))).toBeNull();
    },
  );

  it('reads back every quarter the French screens show', () => {
    for (const key of ['1990Q1', '2023Q2', '2100Q4']) {
      const period = parsePeriod(key);
      expect(normaliseTypedPeriod(`T${period?.index} ${period?.year}`)).toBe(key);
      expect(normaliseTypedPeriod(formatPeriod(key))).toBe(key);
    }
  });
});
