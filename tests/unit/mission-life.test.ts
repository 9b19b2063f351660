import { describe, expect, it } from 'vitest';
import { missionPeriodSpan, periodOutsideLife } from '../../shared/src/mission-life';

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
