import { describe, expect, it } from 'vitest';
import { lateFrom, reportingPeriods, reportingStatus } from '../../shared/src/reporting';

const mission = { startDate: '2022-05-10', endDate: null, periodType: 'quarter' as const };
const status = (
  period: string,
  today: string,
  assessment: Parameters<typeof reportingStatus>[0]['assessment'] = null,
) => reportingStatus({ period, mission, assessment, today, lateAfterDays: 30 });

describe('reporting calendar', () => {
  it('lists the last 8 quarters or 12 months, ending with today’s, across a year end', () => {
    expect(reportingPeriods('quarter', '2024-02-15')).toEqual([
      '2022Q2',
      '2022Q3',
      '2022Q4',
      '2023Q1',
      '2023Q2',
      '2023Q3',
      '2023Q4',
      '2024Q1',
    ]);
    const months = reportingPeriods('month', '2024-03-31');
    expect(months).toHaveLength(12);
    expect([months[0], months[11]]).toEqual(['2023-04', '2024-03']);
  });

  it('makes a period late the given number of days after its last day', () => {
    expect(lateFrom('2023Q4', 30)).toBe('2024-01-31');
    expect(lateFrom('2024-02', 0)).toBe('2024-03-01');
  });

  it('tells not due, due and late apart by the deadline rule', () => {
    expect(status('2024Q1', '2024-03-31')).toBe('not_due'); // the period has not ended
    expect(status('2023Q4', '2024-01-01')).toBe('due');
    expect(status('2023Q4', '2024-01-30')).toBe('due');
    expect(status('2023Q4', '2024-01-31')).toBe('late');
  });

  it('respects the mission’s life and shows an assessment’s own status, a sent-back draft told apart', () => {
    expect(status('2022Q1', '2024-01-31')).toBe('outside'); // before the start date
    expect(
      reportingStatus({
        period: '2023Q4',
        mission: { ...mission, endDate: '2023-08-01' },
        assessment: null,
        today: '2024-06-01',
        lateAfterDays: 30,
      }),
    ).toBe('outside'); // after the end date: not late
    expect(status('2023Q1', '2024-06-01', { status: 'draft', sentBack: false })).toBe('draft');
    expect(status('2023Q1', '2024-06-01', { status: 'draft', sentBack: true })).toBe('sent_back');
    expect(status('2023Q1', '2024-06-01', { status: 'approved', sentBack: false })).toBe('approved');
  });
});
