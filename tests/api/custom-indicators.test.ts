import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/src/catalog';
import type { CustomIndicator } from '../../shared/src/custom-indicators';
import type { MissionScores } from '../../shared/src/scoring';
import { expectErrorShape, sampleMission, testApp } from './helpers';

// Indicators an admin adds for one mission or for every mission: stored, validated, scored and
// retired like the standard ones.

const WEIGHTS = { violence_reduction: 0.25, dispute_resolution: 0.25, local_capacity: 0.25, civilian_protection: 0.25 };

const checkpoints = (missionId: number | null) => ({
  id: 'checkpoints_dismantled',
  missionId,
  nameEn: 'Armed-group checkpoints dismantled',
  nameFr: 'Barrages de groupes armés démantelés',
  kpi: 'violence_reduction',
  unit: 'count',
  direction: 'higher_is_better',
  kind: 'output',
  helpEn: 'Illegal checkpoints removed during the period.',
  source: 'Mission force headquarters',
});

async function withIndicator() {
  const ctx = await testApp();
  const mission = (await ctx.http.post('/api/missions').send(sampleMission)).body;
  const other = (await ctx.http.post('/api/missions').send({ ...sampleMission, acronym: 'OTHER' })).body;
  const res = await ctx.http.post('/api/indicators').send(checkpoints(mission.id));
  expect(res.status).toBe(201);
  const enter = (values: object, period = '2024Q1', missionId = mission.id) =>
    ctx.http.post(`/api/missions/${missionId}/assessments`).send({ period, values });
  return { ...ctx, mission, other, indicator: res.body as CustomIndicator, enter };
}

describe('custom indicators', () => {
  it("adds an indicator to one mission only, audited, and lists it in that mission's set", async () => {
    const { http, mission, other } = await withIndicator();
    const own = (await http.get(`/api/missions/${mission.id}/indicators`)).body as Indicator[];
    expect(own).toHaveLength(12);
    expect(own.at(-1)).toMatchObject({
      id: 'checkpoints_dismantled',
      kpi: 'violence_reduction',
      name: 'Armed-group checkpoints dismantled',
      custom: { missionId: mission.id, nameFr: 'Barrages de groupes armés démantelés', retiredAt: null },
    });
    const theirs = (await http.get(`/api/missions/${other.id}/indicators`)).body as Indicator[];
    expect(theirs.map((indicator) => indicator.id)).not.toContain('checkpoints_dismantled');
    const trail = (await http.get('/api/audit?entity=indicator')).body as { action: string }[];
    expect(trail.map((entry) => entry.action)).toEqual(['create']);
  });

  it('adds an instance-wide indicator every mission has', async () => {
    const { http, other } = await withIndicator();
    const wide = {
      ...checkpoints(null),
      id: 'peace_committees',
      kpi: 'dispute_resolution',
      nameEn: 'Peace committees',
    };
    expect((await http.post('/api/indicators').send(wide)).status).toBe(201);
    const theirs = (await http.get(`/api/missions/${other.id}/indicators`)).body as Indicator[];
    expect(theirs.map((indicator) => indicator.id)).toContain('peace_committees');
  });

  it.each([
    ['a standard id', { id: 'violent_incidents' }, 'id'],
    ['an id that is not a slug', { id: 'Checkpoints!' }, 'id'],
    ['an id taken by a CSV column prefix', { id: 'challenge_extra' }, 'id'],
    ['a number without its range', { unit: 'number', unitLabel: 'km' }, 'min'],
    ['a range on a percent', { unit: 'percent', min: 0, max: 50 }, 'min'],
    ['no French name', { nameFr: '' }, 'nameFr'],
  ])('refuses %s with a 400 naming the field', async (_label, change, path) => {
    const { http, mission } = await withIndicator();
    const res = await http.post('/api/indicators').send({ ...checkpoints(mission.id), id: 'other_one', ...change });
    expect(res.status).toBe(400);
    expectErrorShape(res.body);
    expect(res.body.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
  });

  it('refuses an id already taken with a 409', async () => {
    const { http, other } = await withIndicator();
    expect((await http.post('/api/indicators').send(checkpoints(other.id))).status).toBe(409);
  });

  it('takes a value for the mission that has it, and refuses it elsewhere naming the indicator', async () => {
    const { enter, other } = await withIndicator();
    const ok = await enter({ violent_incidents: 10, checkpoints_dismantled: 7 });
    expect(ok.status).toBe(201);
    expect(ok.body.values).toMatchObject({ checkpoints_dismantled: 7 });
    const elsewhere = await enter({ checkpoints_dismantled: 7 }, '2024Q1', other.id);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.issues[0].message).toContain('checkpoints_dismantled');
    const negative = await enter({ checkpoints_dismantled: -1 }, '2024Q2');
    expect(negative.status).toBe(400);
    expect(negative.body.error.issues.map((issue: { path: string }) => issue.path)).toContain(
      'values.checkpoints_dismantled',
    );
  });

  it('checks a number against its own range', async () => {
    const { http, mission, enter } = await withIndicator();
    const distance = {
      ...checkpoints(mission.id),
      id: 'road_km_secured',
      unit: 'number',
      unitLabel: 'km',
      min: 0,
      max: 5000,
    };
    expect((await http.post('/api/indicators').send(distance)).status).toBe(201);
    expect((await enter({ road_km_secured: 120.5 })).status).toBe(201);
    const over = await enter({ road_km_secured: 6000 }, '2024Q2');
    expect(over.status).toBe(400);
    expect(over.body.error.issues[0].message).toMatch(/cannot exceed 5000/);
  });

  it('scores it with its own baseline, target and weight, under its KPI', async () => {
    const { http, mission, enter } = await withIndicator();
    await enter({ violent_incidents: 50, checkpoints_dismantled: 15 });
    const put = await http.put(`/api/missions/${mission.id}/targets`).send({
      targets: {
        violent_incidents: { baseline: 100, target: 50, weight: 1 },
        checkpoints_dismantled: { baseline: 10, target: 20, weight: 3 },
      },
      kpiWeights: WEIGHTS,
    });
    expect(put.status).toBe(200);
    const scores = (await http.get(`/api/missions/${mission.id}/scores`)).body as MissionScores;
    const violence = scores.periods[0].kpis.find((kpi) => kpi.kpi === 'violence_reduction')!;
    const custom = violence.indicators.find((item) => item.indicator === 'checkpoints_dismantled')!;
    expect(custom).toMatchObject({ value: 15, baseline: 10, target: 20, weight: 3, score: 50 });
    // Incidents score 100 (weight 1), checkpoints 50 (weight 3): (100 + 150) / 4.
    expect(violence.score).toBeCloseTo(62.5);
  });

  it('refuses settings for an indicator the mission does not have', async () => {
    const { http, other } = await withIndicator();
    const res = await http.put(`/api/missions/${other.id}/targets`).send({
      targets: { checkpoints_dismantled: { baseline: 10, target: 20, weight: 1 } },
      kpiWeights: WEIGHTS,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].message).toContain('checkpoints_dismantled');
  });

  it('changes the direction while it has no values, and refuses once it has', async () => {
    const { http, enter } = await withIndicator();
    const early = await http
      .patch('/api/indicators/checkpoints_dismantled')
      .send({ version: 1, direction: 'lower_is_better' });
    expect(early.status).toBe(200);
    expect(early.body.direction).toBe('lower_is_better');
    await enter({ checkpoints_dismantled: 4 });
    const late = await http
      .patch('/api/indicators/checkpoints_dismantled')
      .send({ version: 2, direction: 'higher_is_better' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/cannot change\. Retire it and add another indicator/);
    expect(late.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual(['direction']);
    const unit = await http.patch('/api/indicators/checkpoints_dismantled').send({ version: 2, unit: 'percent' });
    expect(unit.status).toBe(409);
    const renamed = await http
      .patch('/api/indicators/checkpoints_dismantled')
      .send({ version: 2, nameEn: 'Checkpoints removed' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ nameEn: 'Checkpoints removed', valueCount: 1, version: 3 });
  });

  it('two admins edit the same indicator: the stale save gets 409 naming the version, and nothing changes', async () => {
    const { http, signIn } = await withIndicator();
    const other = await signIn('admin');
    const read = async () =>
      ((await http.get('/api/indicators')).body as CustomIndicator[]).find((i) => i.id === 'checkpoints_dismantled')!;
    const seen = await read();
    expect(seen.version).toBe(1);

    const first = await http.patch('/api/indicators/checkpoints_dismantled').send({ version: 1, source: 'Mine' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await other
      .patch('/api/indicators/checkpoints_dismantled')
      .send({ version: seen.version, source: 'Theirs', nameEn: 'Renamed' });
    expect(stale.status).toBe(409);
    expectErrorShape(stale.body);
    expect(stale.body.error).toMatchObject({
      code: 'conflict',
      message: 'Someone else saved this indicator first (now version 2); review their changes and reapply yours',
      issues: [{ path: 'version', message: 'This indicator changed since you opened it' }],
      current: { version: 2, source: 'Mine' },
    });
    expect(await read()).toMatchObject({ version: 2, source: 'Mine', nameEn: seen.nameEn });

    const fresh = await other.patch('/api/indicators/checkpoints_dismantled').send({ version: 2, nameEn: 'Renamed' });
    expect(fresh.status).toBe(200);
    expect(fresh.body).toMatchObject({ version: 3, nameEn: 'Renamed', source: 'Mine' });
    // Retiring is a write too: an edit based on the version before it is refused.
    expect((await http.post('/api/indicators/checkpoints_dismantled/retire')).body.version).toBe(4);
    expect(
      (await other.patch('/api/indicators/checkpoints_dismantled').send({ version: 3, source: 'Late' })).status,
    ).toBe(409);
  });

  it('retires an indicator: its history stays scored, no new value is taken', async () => {
    const { http, mission, enter } = await withIndicator();
    await enter({ checkpoints_dismantled: 4 });
    const retired = await http.post('/api/indicators/checkpoints_dismantled/retire');
    expect(retired.status).toBe(200);
    expect(retired.body.retiredAt).toEqual(expect.any(String));
    expect((await http.post('/api/indicators/checkpoints_dismantled/retire')).status).toBe(409);
    const set = (await http.get(`/api/missions/${mission.id}/indicators`)).body as Indicator[];
    expect(set.find((indicator) => indicator.id === 'checkpoints_dismantled')?.custom?.retiredAt).toBeTruthy();
    const refused = await enter({ checkpoints_dismantled: 5 }, '2024Q2');
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].message).toMatch(/retired/);
    const scores = (await http.get(`/api/missions/${mission.id}/scores`)).body as MissionScores;
    const item = scores.periods[0].kpis[0].indicators.find((i) => i.indicator === 'checkpoints_dismantled');
    expect(item?.value).toBe(4);
  });

  it('lets only admins define indicators; viewers read them', async () => {
    const { signIn, mission } = await withIndicator();
    const analyst = await signIn('analyst');
    const create = await analyst.post('/api/indicators').send({ ...checkpoints(mission.id), id: 'by_analyst' });
    expect(create.status).toBe(403);
    expect(
      (await analyst.patch('/api/indicators/checkpoints_dismantled').send({ version: 1, nameEn: 'X' })).status,
    ).toBe(403);
    expect((await analyst.post('/api/indicators/checkpoints_dismantled/retire')).status).toBe(403);
    const viewer = await signIn('viewer');
    expect((await viewer.get('/api/indicators')).status).toBe(200);
    expect((await viewer.get(`/api/missions/${mission.id}/indicators`)).status).toBe(200);
  });
});

describe('custom indicators in the comparison', () => {
  it('leaves a custom indicator out of cross-mission KPI bars unless every compared mission has it', async () => {
    const { http, mission, other, enter } = await withIndicator();
    const settings = {
      targets: {
        violent_incidents: { baseline: 100, target: 50, weight: 1 },
        checkpoints_dismantled: { baseline: 0, target: 10, weight: 1 },
      },
      kpiWeights: WEIGHTS,
    };
    await http.put(`/api/missions/${mission.id}/targets`).send(settings);
    await http
      .put(`/api/missions/${other.id}/targets`)
      .send({ ...settings, targets: { violent_incidents: settings.targets.violent_incidents } });
    // Incidents halfway (50), checkpoints at target (100): the mission's own KPI score is 75.
    expect((await enter({ violent_incidents: 75, checkpoints_dismantled: 10 })).status).toBe(201);
    expect((await enter({ violent_incidents: 75 }, '2024Q1', other.id)).status).toBe(201);
    const own = (await http.get(`/api/missions/${mission.id}/scores`)).body as MissionScores;
    expect(own.periods[0].kpis[0].score).toBe(75);

    const pair = `${mission.id},${other.id}`;
    const report = (await http.get(`/api/reports/comparison?missions=${pair}&approvedOnly=0`)).body as {
      missions: { missionId: number; latest: { kpis: Record<string, number | null> } }[];
    };
    const bars = (id: number) => report.missions.find((m) => m.missionId === id)?.latest.kpis.violence_reduction;
    expect(bars(mission.id)).toBe(50);
    expect(bars(other.id)).toBe(50);

    // An instance-wide indicator every compared mission has counts in the bars.
    const wide = { ...checkpoints(null), id: 'patrols_joint', nameEn: 'Joint patrols' };
    expect((await http.post('/api/indicators').send(wide)).status).toBe(201);
    for (const id of [mission.id, other.id]) {
      const body = {
        ...settings,
        targets: {
          violent_incidents: settings.targets.violent_incidents,
          patrols_joint: { baseline: 0, target: 10, weight: 1 },
        },
      };
      expect((await http.put(`/api/missions/${id}/targets`).send(body)).status).toBe(200);
      expect((await enter({ violent_incidents: 75, patrols_joint: 10 }, '2024Q2', id)).status).toBe(201);
    }
    const after = (await http.get(`/api/reports/comparison?missions=${pair}&approvedOnly=0`)).body as typeof report;
    expect(after.missions.find((m) => m.missionId === other.id)?.latest.kpis.violence_reduction).toBe(75);
  });
});
