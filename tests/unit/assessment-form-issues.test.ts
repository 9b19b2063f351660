import { describe, expect, it } from 'vitest';
import type { AssessmentInput } from '../../shared/src/assessment';
import { assessmentFormIssues } from '../../client/src/features/assessments/lib/form-issues';

const mission = { acronym: 'TEST', periodType: 'quarter', startDate: '2020-01-01', endDate: null } as const;

const input = (
  values: AssessmentInput['values'],
  period = '2024Q1',
  severity: number | null = null,
): AssessmentInput => ({
  period,
  values,
  challenges: { resources: { severity, note: '' } },
  narrative: { achievements: '', setbacks: '', lessons: '' },
});

const pathsOf = (issues: { path: string }[]) => issues.map((issue) => issue.path).sort();

describe('every error of the assessment form at once', () => {
  it('has none for a valid assessment', () => {
    expect(assessmentFormIssues(input({ disputes_recorded: 10, disputes_resolved: 4 }), mission, false)).toEqual([]);
  });

  it('names more disputes resolved than recorded alongside five field errors, not after them', () => {
    const issues = assessmentFormIssues(
      input(
        {
          violent_incidents: -1,
          conflict_fatalities: 2.5,
          local_led_operations_pct: 140,
          capability_rating: 7,
          personnel_trained: Number.NaN,
          disputes_recorded: 3,
          disputes_resolved: 9,
        },
        '2024Q1',
        9,
      ),
      mission,
      false,
    );
    expect(pathsOf(issues)).toEqual([
      'challenges.resources.severity',
      'values.capability_rating',
      'values.conflict_fatalities',
      'values.disputes_resolved',
      'values.local_led_operations_pct',
      'values.personnel_trained',
      'values.violent_incidents',
    ]);
    expect(issues.find((issue) => issue.path === 'values.disputes_resolved')?.message).toBe(
      'Disputes resolved (9) cannot exceed disputes recorded (3)',
    );
  });

  it('asks for the disputes recorded while another field is wrong', () => {
    const issues = assessmentFormIssues(input({ violent_incidents: -1, disputes_resolved: 2 }), mission, false);
    expect(pathsOf(issues)).toEqual(['values.disputes_recorded', 'values.violent_incidents']);
  });

  it('checks the period against the mission while a value is wrong, and keeps one error per field', () => {
    const monthly = assessmentFormIssues(input({ violent_incidents: -1 }, '2024-03'), mission, false);
    expect(monthly).toEqual([
      { path: 'values.violent_incidents', message: expect.stringMatching(/negative/) },
      { path: 'period', message: 'TEST reports by quarter: write the period like 2024Q1' },
    ]);
    const early = assessmentFormIssues(input({ violent_incidents: -1 }, '2019Q4'), mission, false);
    expect(early.map((issue) => issue.path)).toEqual(['values.violent_incidents', 'period']);
    expect(assessmentFormIssues(input({ violent_incidents: -1 }, '2019Q4'), mission, true)).toHaveLength(1);
    const badValue = assessmentFormIssues(input({ disputes_recorded: 2, disputes_resolved: 2.5 }), mission, false);
    expect(badValue).toEqual([{ path: 'values.disputes_resolved', message: expect.stringMatching(/whole number/) }]);
  });
});
