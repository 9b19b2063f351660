import { describe, expect, it } from 'vitest';
import { METHODOLOGY_VERSION } from '../../shared/src/comparison';
import type { Republish, RepublishPreview } from '../../shared/src/published';
import type { MissionScores } from '../../shared/src/scoring';
import { seedDemoPortfolio } from '../../server/src/services/demo-seed';
import { PUBLISHED_UNDER_2026_2, publishedUnder2026_2 } from '../fixtures/published/approved-demo-scores';
import { testApp } from './helpers';

const PATH = '/api/published-scores/republish';

/** The demo portfolio with its approved scores as methodology 2026.2 published them. */
async function upgradedDemo() {
  const ctx = await testApp();
  seedDemoPortfolio(ctx.store);
  publishedUnder2026_2(ctx.store);
  const mfo = ctx.store.missions.list(true).find((m) => m.acronym === 'MFO');
  if (!mfo) throw new Error('The demo has no MFO');
  const snapshot = () =>
    ctx.db
      .prepare(
        `SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT version FROM data_version) AS version,
           (SELECT group_concat(assessment_id || ':' || methodology_version || ':' || score, '|') FROM published_scores) AS published`,
      )
      .get();
  const mfoScores = async () =>
    ((await ctx.http.get(`/api/missions/${mfo.id}/scores`)).body as MissionScores).periods.filter(
      (p) => p.status === 'approved',
    );
  return { ...ctx, mfo, snapshot, mfoScores };
}

describe('publishing approved history again under the current methodology', () => {
  it('previews every assessment published under another methodology, before → after, and changes nothing', async () => {
    const { http, snapshot, mfoScores } = await upgradedDemo();
    const before = snapshot();
    const scoresBefore = await mfoScores();
    const res = await http.get(PATH);
    expect(res.status).toBe(200);
    const preview = res.body as Republish;
    expect(preview.methodologyVersion).toBe(METHODOLOGY_VERSION);
    expect(preview.assessments).toHaveLength(Object.keys(PUBLISHED_UNDER_2026_2).length);
    expect(preview.assessments.every((item) => item.before.methodologyVersion === '2026.2')).toBe(true);
    expect(preview.assessments.every((item) => item.after.methodologyVersion === METHODOLOGY_VERSION)).toBe(true);
    // MFO's civilian casualties (a baseline of 4 a quarter) are too few to score under 2026.3
    const changed = preview.assessments.filter((item) => item.changed);
    expect(preview.changed).toBe(changed.length);
    expect(changed.map((item) => `${item.missionAcronym} ${item.period}`)).toEqual([
      'MFO 2023Q1',
      'MFO 2023Q2',
      'MFO 2023Q3',
      'MFO 2023Q4',
      'MFO 2024Q1',
      'MFO 2024Q2',
      'MFO 2024Q3',
    ]);
    const q1 = changed[0];
    expect(q1.before.overall).toBeCloseTo(70.9497, 3); // as 2026.2 published it
    expect(q1.after.overall).toBeCloseTo(73.1835, 3);
    expect(snapshot()).toEqual(before);
    expect(await mfoScores()).toEqual(scoresBefore);
  });

  it('publishes them again with the method version, in one audited action, and then has nothing left to do', async () => {
    const { http, db, snapshot, mfoScores } = await upgradedDemo();
    const { dataVersion, ...preview } = (await http.get(PATH)).body as RepublishPreview;
    const res = await http.post(PATH).send({ dataVersion });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(preview);

    const versions = db
      .prepare(
        `SELECT DISTINCT methodology_version AS column, json_extract(settings, '$.methodologyVersion') AS setting FROM published_scores`,
      )
      .all();
    expect(versions).toEqual([{ column: METHODOLOGY_VERSION, setting: METHODOLOGY_VERSION }]);
    const [q1] = await mfoScores();
    expect(q1).toMatchObject({ period: '2023Q1', scoreBasis: 'published' });
    expect(q1.overall).toBeCloseTo(73.1835, 3);
    const casualties = q1.kpis
      .flatMap((kpi) => kpi.indicators)
      .find((item) => item.indicator === 'civilian_casualties');
    expect(casualties).toMatchObject({ score: null, unscoredReason: 'too_few_events' });
    expect(casualties?.rateRatio).toMatchObject({ baselineMean: 4, scored: false });

    const [entry] = (await http.get('/api/audit?entity=portfolio')).body as {
      action: string;
      before: { assessments: { period: string; overall: number }[] };
      after: { methodologyVersion: string; changed: number; assessments: { period: string; overall: number }[] };
    }[];
    expect(entry.action).toBe('republish');
    expect(entry.after.methodologyVersion).toBe(METHODOLOGY_VERSION);
    expect(entry.after.changed).toBe(7);
    expect(entry.before.assessments).toHaveLength(preview.assessments.length);
    expect(entry.after.assessments).toHaveLength(preview.assessments.length);

    const after = snapshot();
    const again = (await http.get(PATH)).body as RepublishPreview;
    expect(again).toMatchObject({ methodologyVersion: METHODOLOGY_VERSION, assessments: [], changed: 0 });
    expect(snapshot()).toEqual(after);
  });

  it('refuses to publish once the data changed since the preview, and publishes nothing', async () => {
    const { http, store, snapshot } = await upgradedDemo();
    const { dataVersion } = (await http.get(PATH)).body as RepublishPreview;
    const approved = store.assessments
      .listByMission(store.missions.list(true)[0].id)
      .find((a) => a.status === 'approved');
    if (!approved) throw new Error('The demo has no approved assessment');
    const reopened = await http
      .post(`/api/assessments/${approved.id}/reopen`)
      .send({ version: approved.version, comment: 'A value was mistyped' });
    expect(reopened.status).toBe(200);
    const before = snapshot();

    const res = await http.post(PATH).send({ dataVersion });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      'The data changed since the preview: look at the preview again before publishing',
    );
    expect(snapshot()).toEqual(before);

    const again = (await http.get(PATH)).body as RepublishPreview;
    expect((await http.post(PATH).send({ dataVersion: again.dataVersion })).status).toBe(200);
  });

  it('is refused to analysts and viewers, and changes nothing', async () => {
    const { signIn, snapshot } = await upgradedDemo();
    const agents = [await signIn('viewer'), await signIn('analyst')];
    const before = snapshot();
    for (const agent of agents) {
      expect((await agent.get(PATH)).status).toBe(403);
      expect((await agent.post(PATH).send({ dataVersion: 1 })).status).toBe(403);
    }
    expect(snapshot()).toEqual(before);
  });
});
