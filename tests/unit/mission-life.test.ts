import { describe, expect, it } from 'vitest';
import { activeIn, missionPeriodSpan, periodOutsideLife, periodsDue } from '../../shared/src/mission-life';

const minusca = { startDate: '2014-04-10', endDate: null, periodType: 'quarter' as const };
const today = new Date('2026-12-02T12:00:00Z');

describe("a mission's life in periods", () => {
  it('runs from the period of its start date to that of its end date, or of today', () => {
    expect(missionPeriodSpan(minusca, today)).toEqual({ first: '2014Q2', last: '2026Q4' });
    expect(missionPeriodSpan({ ...minusca, endDate: '2015-01-31' }, today)).toEqual({
      first: '2014Q2',
      last: '2015Q1',
    });
    expect(missionPeriodSpan({ ...minusca, periodType: 'month' }, today)).toEqual({
      first: '2014-04',
      last: '2026-12',
    });
  });

  it('refuses periods before the start or after the end, naming the allowed range', () => {
    expect(periodOutsideLife('2014Q2', minusca, today)).toBeNull();
    expect(periodOutsideLife('2026Q4', minusca, today)).toBeNull();
    expect(periodOutsideLife('2014Q1', minusca, today)).toBe(
      "The period must lie within the mission's life: 2014 Q2 to 2026 Q4",
    );
    expect(periodOutsideLife('2027Q1', minusca, today)).not.toBeNull();
  });
});

describe('the periods due for a new assessment', () => {
  const running = { startDate: '2025-05-01', endDate: null, periodType: 'quarter' as const };

  it('offers the periods of the life without an assessment, newest first, the current one first when none is entered', () => {
    expect(periodsDue(running, [], today)).toEqual({
      periods: ['2026Q4', '2026Q3', '2026Q2', '2026Q1', '2025Q4', '2025Q3', '2025Q2'],
      next: '2026Q4',
    });
  });

  it('offers first the period after the latest one entered, earlier gaps still listed', () => {
    expect(periodsDue(running, ['2025Q2', '2025Q4'], today)).toEqual({
      periods: ['2026Q4', '2026Q3', '2026Q2', '2026Q1', '2025Q3'],
      next: '2026Q1',
    });
  });

  it('offers the newest gap once the latest period is entered, and nothing when every period is', () => {
    const ended = { startDate: '1992-03-15', endDate: '1993-09-24', periodType: 'quarter' as const };
    const all = ['1992Q1', '1992Q2', '1992Q3', '1992Q4', '1993Q1', '1993Q2', '1993Q3'];
    expect(
      periodsDue(
        ended,
        all.filter((p) => p !== '1992Q3'),
        today,
      ),
    ).toEqual({ periods: ['1992Q3'], next: '1992Q3' });
    expect(periodsDue(ended, all, today)).toEqual({ periods: [], next: null });
  });

  it('counts a mission active in a period of its life, unless archived', () => {
    const untac = { startDate: '1992-03-15', endDate: '1993-09-24', periodType: 'quarter' as const, archived: false };
    expect(activeIn(untac, '1993Q3', today)).toBe(true);
    expect(activeIn(untac, '2024Q4', today)).toBe(false);
    expect(activeIn({ ...untac, archived: true }, '1993Q3', today)).toBe(false);
    expect(activeIn(untac, '1993-07', today)).toBe(false);
  });
});
