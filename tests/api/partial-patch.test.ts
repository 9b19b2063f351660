import { describe, expect, it } from 'vitest';
import { assessmentPatchSchema } from '../../shared/src/assessment';
import { missionPatchSchema } from '../../shared/src/mission';
import { userPatchSchema } from '../../shared/src/user';
import { TEST_PASSWORD, sampleMission, testApp } from './helpers';

// A PATCH changes only the fields it names: for every PATCH route (grep the routers: missions,
// assessments, users; indicators in custom-indicators.test.ts) and every field, a patch naming that one field leaves every other stored
// field as it was.

const fullMission = {
  ...sampleMission,
  areas: ['Ouham', 'Bangui'],
  partners: ['AU', 'EU'],
  multiEthnic: true,
  mandate: 'Protect civilians',
  endDate: '2030-12-31',
  periodType: 'month',
};

const MISSION_CHANGES: Record<string, unknown> = {
  name: 'Renamed mission',
  acronym: 'RENM',
  country: 'MLI',
  areas: ['Gao'],
  missionType: 'mediation_support',
  leadOrganisation: 'AU',
  partners: ['UN'],
  setting: 'urban',
  multiEthnic: false,
  mandate: 'A new mandate',
  nameFr: 'Mission renommée',
  mandateFr: 'Un nouveau mandat',
  startDate: '2019-06-01',
  endDate: null,
  periodType: 'quarter',
  archived: true,
};

/** What may move beside the named field: the clock. */
const withoutClock = ({ updatedAt: _u, ...rest }: Record<string, unknown>) => rest;

describe('PATCH /api/missions/:id', () => {
  it('covers every field a mission patch accepts', () => {
    expect([...Object.keys(MISSION_CHANGES), 'version'].sort()).toEqual(Object.keys(missionPatchSchema.shape).sort());
  });

  it.each(Object.entries(MISSION_CHANGES))('changes %s and nothing else', async (field, value) => {
    const { http } = await testApp();
    const created = await http.post('/api/missions').send(fullMission);
    expect(created.status).toBe(201);
    const before = (await http.get(`/api/missions/${created.body.id}`)).body;
    const res = await http.patch(`/api/missions/${created.body.id}`).send({ version: 1, [field]: value });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = (await http.get(`/api/missions/${created.body.id}`)).body;
    expect(after[field]).toEqual(value);
    expect(withoutClock(after)).toEqual({ ...withoutClock(before), [field]: value, version: 2 });
  });
});

const fullAssessment = {
  period: '2024Q1',
  values: { violent_incidents: 40, conflict_fatalities: 100, disputes_recorded: 10, disputes_resolved: 6 },
  challenges: { resources: { severity: 3, note: 'Helicopter gap' }, impartiality: { severity: 1, note: 'Rumours' } },
  narrative: { achievements: 'Two peace agreements', setbacks: 'Convoy attacked', lessons: 'Patrol at night' },
};

interface Stored {
  values: Record<string, number>;
  provenance: Record<string, string>;
  challenges: Record<string, { severity: number | null; note: string }>;
  narrative: Record<string, string>;
}

const ASSESSMENT_CHANGES: [string, Record<string, unknown>, (stored: Stored) => void][] = [
  ['one value', { values: { violent_incidents: 12 } }, (a) => (a.values.violent_incidents = 12)],
  [
    'a value cleared',
    { values: { conflict_fatalities: null } },
    (a) => {
      delete a.values.conflict_fatalities;
      delete a.provenance.conflict_fatalities;
    },
  ],
  [
    "a challenge's severity",
    { challenges: { resources: { severity: 4 } } },
    (a) => (a.challenges.resources.severity = 4),
  ],
  [
    "a challenge's note",
    { challenges: { resources: { note: 'Still short' } } },
    (a) => (a.challenges.resources.note = 'Still short'),
  ],
  [
    'a new challenge',
    { challenges: { coordination: { severity: 2 } } },
    (a) => (a.challenges.coordination = { severity: 2, note: '' }),
  ],
  ['achievements', { narrative: { achievements: 'More' } }, (a) => (a.narrative.achievements = 'More')],
  ['setbacks', { narrative: { setbacks: 'Fewer' } }, (a) => (a.narrative.setbacks = 'Fewer')],
  ['lessons', { narrative: { lessons: 'Listen' } }, (a) => (a.narrative.lessons = 'Listen')],
  ['nothing but the version', {}, () => {}],
];

describe('PATCH /api/assessments/:id', () => {
  it('covers every field an assessment patch accepts', () => {
    expect(Object.keys(assessmentPatchSchema.shape).sort()).toEqual(['challenges', 'narrative', 'values', 'version']);
    const narrative = assessmentPatchSchema.shape.narrative.unwrap().shape;
    const named = ASSESSMENT_CHANGES.flatMap(([, patch]) => Object.keys((patch.narrative as object) ?? {}));
    expect(named.sort()).toEqual(Object.keys(narrative).sort());
  });

  it.each(ASSESSMENT_CHANGES)('changes %s and nothing else', async (_label, patch, expectChange) => {
    const { http } = await testApp();
    const mission = (await http.post('/api/missions').send(sampleMission)).body;
    const created = await http.post(`/api/missions/${mission.id}/assessments`).send(fullAssessment);
    expect(created.status).toBe(201);
    const before = structuredClone(created.body);
    const res = await http.patch(`/api/assessments/${created.body.id}`).send({ version: 1, ...patch });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = (await http.get(`/api/assessments/${created.body.id}`)).body;
    expectChange(before);
    expect(withoutClock(after)).toEqual({ ...withoutClock(before), version: 2 });
  });
});

const USER_CHANGES: Record<string, unknown> = {
  displayName: 'Renamed user',
  role: 'admin',
  disabled: true,
  password: 'another long password',
};

describe('PATCH /api/users/:id', () => {
  it('covers every field a user patch accepts', () => {
    expect(Object.keys(USER_CHANGES).sort()).toEqual(Object.keys(userPatchSchema.shape).sort());
  });

  it.each(Object.entries(USER_CHANGES))('changes %s and nothing else', async (field, value) => {
    const { http } = await testApp();
    const created = await http
      .post('/api/users')
      .send({ username: 'field-test', displayName: 'Field Test', role: 'analyst', password: TEST_PASSWORD });
    expect(created.status).toBe(201);
    const find = async () =>
      ((await http.get('/api/users')).body as { id: number }[]).find((user) => user.id === created.body.id);
    const before = await find();
    const res = await http.patch(`/api/users/${created.body.id}`).send({ [field]: value });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = (await find()) as Record<string, unknown>;
    const expected = field === 'password' ? {} : { [field]: value };
    expect(withoutClock(after)).toEqual({ ...withoutClock(before as Record<string, unknown>), ...expected });
  });
});
