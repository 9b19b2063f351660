import { describe, expect, it } from 'vitest';
import { expectErrorShape, sampleMission, testApp } from './helpers';

async function withMission() {
  const ctx = await testApp();
  const mission = (await ctx.http.post('/api/missions').send(sampleMission)).body;
  return { ...ctx, mission };
}

const sampleAssessment = {
  period: '2024Q1',
  values: { violent_incidents: 40, conflict_fatalities: 100, disputes_recorded: 10, disputes_resolved: 6 },
  challenges: { resources: { severity: 3, note: 'Helicopter gap' }, impartiality: { severity: 1, note: '' } },
  narrative: { achievements: 'Two local peace agreements', setbacks: '', lessons: '' },
};

describe('assessments API', () => {
  it('creates an assessment and reads it back with values, provenance, challenges and narrative', async () => {
    const { http, mission } = await withMission();
    const res = await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      missionId: mission.id,
      period: '2024Q1',
      status: 'draft',
      version: 1,
      values: { violent_incidents: 40, disputes_resolved: 6 },
      provenance: { violent_incidents: 'manual' },
      challenges: { resources: { severity: 3, note: 'Helicopter gap' } },
      narrative: { achievements: 'Two local peace agreements' },
    });
    expect(res.body.values).not.toHaveProperty('civilian_casualties');
    const read = await http.get(`/api/assessments/${res.body.id}`);
    expect(read.body).toEqual(res.body);
  });

  it.each([
    ['a negative count', { values: { violent_incidents: -1 } }, 'values.violent_incidents'],
    ['a fractional count', { values: { violent_incidents: 1.5 } }, 'values.violent_incidents'],
    ['a percent over 100', { values: { threat_response_pct: 101 } }, 'values.threat_response_pct'],
    ['a rating of 6', { values: { capability_rating: 6 } }, 'values.capability_rating'],
    ['resolved above recorded', { values: { disputes_recorded: 3, disputes_resolved: 4 } }, 'values.disputes_resolved'],
    ['a severity of 5', { challenges: { resources: { severity: 5, note: '' } } }, 'challenges.resources.severity'],
    ['an unknown indicator', { values: { morale: 3 } }, 'values'],
    ['a bad period', { period: '2024Q5' }, 'period'],
    ['a month for a quarterly mission', { period: '2024-03' }, 'period'],
  ])('refuses %s with a 400 naming the field', async (_label, change, path) => {
    const { http, mission } = await withMission();
    const res = await http.post(`/api/missions/${mission.id}/assessments`).send({ ...sampleAssessment, ...change });
    expect(res.status).toBe(400);
    expectErrorShape(res.body);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect((await http.get(`/api/missions/${mission.id}/assessments`)).body).toHaveLength(0);
  });

  it('refuses a second assessment for the same period with 409 on the period', async () => {
    const { http, mission } = await withMission();
    await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment);
    const again = await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment);
    expect(again.status).toBe(409);
    expect(again.body.error.issues[0].path).toBe('period');
  });

  it('lists by period range in order', async () => {
    const { http, mission } = await withMission();
    for (const period of ['2024Q3', '2023Q4', '2024Q1', '2024Q2']) {
      await http.post(`/api/missions/${mission.id}/assessments`).send({ period });
    }
    const all = await http.get(`/api/missions/${mission.id}/assessments`);
    expect(all.body.map((a: { period: string }) => a.period)).toEqual(['2023Q4', '2024Q1', '2024Q2', '2024Q3']);
    const some = await http.get(`/api/missions/${mission.id}/assessments?from=2024Q1&to=2024Q2`);
    expect(some.body.map((a: { period: string }) => a.period)).toEqual(['2024Q1', '2024Q2']);
    const reversed = await http.get(`/api/missions/${mission.id}/assessments?from=2024Q3&to=2024Q1`);
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues[0].path).toBe('from');
  });

  it('updates with the current version, refuses a stale one with 409 and keeps the first save', async () => {
    const { http, mission } = await withMission();
    const created = (await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment)).body;
    const first = await http
      .patch(`/api/assessments/${created.id}`)
      .send({ version: 1, values: { violent_incidents: 35, civilian_casualties: 12 } });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await http
      .patch(`/api/assessments/${created.id}`)
      .send({ version: 1, values: { violent_incidents: 99 } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.version).toBe(2);
    const read = (await http.get(`/api/assessments/${created.id}`)).body;
    expect(read.values.violent_incidents).toBe(35);
    expect(read.values.civilian_casualties).toBe(12);
  });

  it('clears a value with null, meaning not measured', async () => {
    const { http, mission } = await withMission();
    const created = (await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment)).body;
    const res = await http
      .patch(`/api/assessments/${created.id}`)
      .send({ version: 1, values: { violent_incidents: null } });
    expect(res.body.values).not.toHaveProperty('violent_incidents');
  });

  it('checks the disputes rule against the stored values on a partial update', async () => {
    const { http, mission } = await withMission();
    const created = (await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment)).body;
    const res = await http
      .patch(`/api/assessments/${created.id}`)
      .send({ version: 1, values: { disputes_resolved: 11 } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('values.disputes_resolved');
  });

  it('deletes an assessment and answers 404 afterwards', async () => {
    const { http, mission } = await withMission();
    const created = (await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment)).body;
    expect((await http.delete(`/api/assessments/${created.id}`)).status).toBe(204);
    expect((await http.get(`/api/assessments/${created.id}`)).status).toBe(404);
  });

  it('writes one audit row per mutation in the same transaction', async () => {
    const { http, mission, db } = await withMission();
    const created = (await http.post(`/api/missions/${mission.id}/assessments`).send(sampleAssessment)).body;
    await http.patch(`/api/assessments/${created.id}`).send({ version: 1, narrative: { lessons: 'Patrol at night' } });
    await http.patch(`/api/assessments/${created.id}`).send({ version: 1 }); // stale: no audit row
    const rows = db
      .prepare("SELECT entity, action FROM audit_log WHERE action != 'login' AND entity != 'user' ORDER BY id")
      .all();
    expect(rows).toEqual([
      { entity: 'mission', action: 'create' },
      { entity: 'assessment', action: 'create' },
      { entity: 'assessment', action: 'update' },
    ]);
  });
});
