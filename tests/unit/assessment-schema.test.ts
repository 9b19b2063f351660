import { describe, expect, it } from 'vitest';
import { assessmentInputSchema, assessmentInputSchemaFor, type AssessmentInput } from '../../shared/src/assessment';
import { INDICATORS } from '../../shared/src/catalog';
import { missionInputSchema, type MissionInput } from '../../shared/src/mission';

const validAssessment: AssessmentInput = {
  period: '2024Q1',
  values: {
    violent_incidents: 42,
    conflict_fatalities: 0,
    disputes_recorded: 20,
    disputes_resolved: 12,
    personnel_trained: null,
    local_led_operations_pct: 37.5,
    capability_rating: 3,
    civilian_casualties: 5,
    threat_response_pct: 100,
    community_engagements: 18,
  },
  challenges: { resources: { severity: 3, note: 'Two helicopters grounded' }, impartiality: { severity: 0 } },
  narrative: { achievements: 'Local council brokered a truce.', setbacks: '', lessons: '' },
};

const withValues = (values: Record<string, unknown>) => ({
  ...validAssessment,
  values: { ...validAssessment.values, ...values },
});

function issuesOf(input: unknown) {
  const result = assessmentInputSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}

describe('assessmentInputSchema', () => {
  it('accepts a valid assessment and fills in defaults', () => {
    const parsed = assessmentInputSchema.parse(validAssessment);
    expect(parsed.values.disputes_resolved).toBe(12);
    expect(parsed.challenges.impartiality).toEqual({ severity: 0, note: '' });
  });

  it('accepts a bare period with nothing measured yet', () => {
    expect(assessmentInputSchema.parse({ period: '2024-03' })).toEqual({
      period: '2024-03',
      values: {},
      challenges: {},
      narrative: { achievements: '', setbacks: '', lessons: '' },
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative count', { violent_incidents: -1 }, 'violent_incidents'],
    ['a non-integer count', { personnel_trained: 12.5 }, 'personnel_trained'],
    ['a percent over 100', { threat_response_pct: 100.1 }, 'threat_response_pct'],
    ['a negative percent', { local_led_operations_pct: -5 }, 'local_led_operations_pct'],
    ['a rating of 0', { capability_rating: 0 }, 'capability_rating'],
    ['a rating of 6', { capability_rating: 6 }, 'capability_rating'],
    ['a number written as text', { civilian_casualties: '5' }, 'civilian_casualties'],
  ])('rejects %s', (_label, values, field) => {
    expect(issuesOf(withValues(values)).map((issue) => issue.path)).toContainEqual(['values', field]);
  });

  it('rejects a severity of 5', () => {
    const issues = issuesOf({ ...validAssessment, challenges: { resources: { severity: 5 } } });
    expect(issues.map((issue) => issue.path)).toContainEqual(['challenges', 'resources', 'severity']);
  });

  // Which indicators a mission has is known once the mission is: its own schema names the strangers.
  const ofStandardMission = (input: unknown) => {
    const result = assessmentInputSchemaFor(INDICATORS).safeParse(input);
    expect(result.success).toBe(false);
    return result.success ? [] : result.error.issues;
  };

  it('rejects an indicator the mission does not have, naming it', () => {
    const issues = ofStandardMission(withValues({ patrols_conducted: 12 }));
    expect(issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['patrols_conducted'],
      path: ['values'],
      message: 'Unknown indicator for this mission: patrols_conducted',
    });
  });

  it('rejects a derived indicator typed in', () => {
    const issues = ofStandardMission(withValues({ dispute_resolution_rate: 60 }));
    expect(issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['dispute_resolution_rate'] });
  });

  it.each(['2024Q5', '2024-13', '2024-3', '2024 Q1', ''])('rejects the period %j', (period) => {
    const issues = issuesOf({ ...validAssessment, period });
    expect(issues.map((issue) => issue.path)).toEqual([['period']]);
  });

  it('rejects more disputes resolved than recorded, naming the field', () => {
    const issues = issuesOf(withValues({ disputes_recorded: 10, disputes_resolved: 11 }));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['values', 'disputes_resolved']);
    expect(issues[0].message).toBe('Disputes resolved (11) cannot exceed disputes recorded (10)');
  });

  it('accepts as many disputes resolved as recorded', () => {
    expect(assessmentInputSchema.safeParse(withValues({ disputes_recorded: 10, disputes_resolved: 10 })).success).toBe(
      true,
    );
  });

  it('asks for disputes recorded when disputes resolved is entered alone', () => {
    const issues = issuesOf(withValues({ disputes_recorded: null, disputes_resolved: 3 }));
    expect(issues.map((issue) => issue.path)).toEqual([['values', 'disputes_recorded']]);
  });
});

const validMission: MissionInput = {
  name: 'Mission for Stabilisation in the Central African Republic',
  acronym: 'MINUSCA',
  country: 'CAF',
  missionType: 'peacekeeping',
  leadOrganisation: 'UN',
  setting: 'mixed',
  startDate: '2014-04-10',
  endDate: null,
};

function missionIssuesOf(input: unknown) {
  const result = missionInputSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}

describe('missionInputSchema', () => {
  it('accepts a valid mission and upper-cases the country code', () => {
    const parsed = missionInputSchema.parse({ ...validMission, country: 'caf', endDate: '2014-04-10' });
    expect(parsed.country).toBe('CAF');
    expect(parsed.periodType).toBe('quarter');
  });

  it.each(['CF', 'CAFR', 'C4F', ''])('rejects the country code %j', (country) => {
    const issues = missionIssuesOf({ ...validMission, country });
    expect(issues.map((issue) => issue.path)).toEqual([['country']]);
  });

  it('rejects an end date before the start date', () => {
    const issues = missionIssuesOf({ ...validMission, endDate: '2014-04-09' });
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(['endDate']);
    expect(issues[0].message).toBe('End date is before the start date');
  });
});
