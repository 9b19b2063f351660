import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MissionSummary } from '../../shared/src/portfolio';
import { DEFAULT_KPI_WEIGHTS, type MissionScores, type PeriodScore } from '../../shared/src/scoring';
import { seedDemoPortfolio, UCDP_EXTRACT } from '../../server/src/services/demo-seed';
import { addAssessment, addMission, approve, asText, records } from './csv-helpers';
import { testApp } from './helpers';

// Invariant 1 of issue 13: an approved assessment's published score never changes unless it is
// reopened and approved again; "rescored under current settings" is a view asked for by name.

const TARGETS = (incidents: { baseline: number; target: number }) => ({
  targets: { violent_incidents: { ...incidents, weight: 1 } },
  kpiWeights: { violence_reduction: 0.25, dispute_resolution: 0.25, local_capacity: 0.25, civilian_protection: 0.25 },
});

async function missionWithHistory() {
  const ctx = await testApp();
  const mission = addMission(ctx.store, { acronym: 'PUB' });
  // The baseline the retired "first assessed value" default gave, written down: 40 (2024Q1).
  ctx.store.targets.add(
    mission.id,
    '2020Q1',
    {
      violent_incidents: {
        baseline: 40,
        baselineSource: { kind: 'first_value', period: '2024Q1' },
        target: null,
        weight: 1,
      },
    },
    DEFAULT_KPI_WEIGHTS,
    null,
  );
  const values = (incidents: number) => ({ violent_incidents: incidents, threat_response_pct: 45 });
  const q1 = addAssessment(ctx.store, mission.id, { period: '2024Q1', values: values(40) });
  const q2 = addAssessment(ctx.store, mission.id, { period: '2024Q2', values: values(30) });
  const q3 = addAssessment(ctx.store, mission.id, { period: '2024Q3', values: values(20) });
  approve(ctx.store, q1.id);
  approve(ctx.store, q2.id);
  const scores = async (query = '') =>
    (await ctx.http.get(`/api/missions/${mission.id}/scores${query}`)).body as MissionScores;
  const byPeriod = (answer: MissionScores, period: string) =>
    answer.periods.find((p) => p.period === period) as PeriodScore;
  const putTargets = (body: object) => ctx.http.put(`/api/missions/${mission.id}/targets`).send(body);
  return { ...ctx, mission, q1, q2, q3, scores, byPeriod, putTargets };
}

describe('published scores', () => {
  it('say per period whether a score is published or live', async () => {
    const { scores } = await missionWithHistory();
    const answer = await scores();
    expect(answer.periods.map((p) => [p.period, p.status, p.scoreBasis])).toEqual([
      ['2024Q1', 'approved', 'published'],
      ['2024Q2', 'approved', 'published'],
      ['2024Q3', 'draft', 'live'],
    ]);
  });

  it("stay put when targets are saved, while drafts' scores move; the rescored view shows the approved ones under today's settings", async () => {
    const { scores, byPeriod, putTargets } = await missionWithHistory();
    const before = await scores();
    // The first assessed value 40, written down, is the baseline, 20 the target: Q2 (30) scores 50, the Q3 draft (20) 100.
    expect(byPeriod(before, '2024Q2').kpis[0].indicators[0]).toMatchObject({ baseline: 40, target: 20, score: 50 });
    expect(byPeriod(before, '2024Q3').kpis[0].score).toBe(100);

    expect((await putTargets(TARGETS({ baseline: 60, target: 10 }))).status).toBe(200);
    const after = await scores();
    for (const period of ['2024Q1', '2024Q2']) {
      const { scoreBasis: _before, ...published } = byPeriod(before, period);
      const { scoreBasis: _after, ...kept } = byPeriod(after, period);
      expect(kept).toEqual(published);
    }
    // The draft: (20 − 60) / (10 − 60) = 0.8 → 80.
    expect(byPeriod(after, '2024Q3').kpis[0].score).toBe(80);

    const rescored = await scores('?rescored=1');
    expect(rescored.periods.every((p) => p.scoreBasis === 'live')).toBe(true);
    // Q2 under today's settings: (30 − 60) / (10 − 60) = 0.6 → 60, while its published 50 stands.
    expect(byPeriod(rescored, '2024Q2').kpis[0].score).toBe(60);
    expect(byPeriod(await scores(), '2024Q2').kpis[0].score).toBe(50);
  });

  it('are withdrawn by reopening and published anew, under the settings then, by approving again; both audited', async () => {
    const { http, q2, scores, byPeriod, putTargets } = await missionWithHistory();
    await putTargets(TARGETS({ baseline: 60, target: 10 }));
    const reopened = await http.post(`/api/assessments/${q2.id}/reopen`).send({ version: 3, comment: 'Recount' });
    expect(reopened.status).toBe(200);
    const asDraft = byPeriod(await scores(), '2024Q2');
    expect(asDraft).toMatchObject({ status: 'draft', scoreBasis: 'live' });
    expect(asDraft.kpis[0].score).toBe(60);

    const analyst = await http.post(`/api/assessments/${q2.id}/submit`).send({ version: 4 });
    expect(analyst.status).toBe(200);
    const approved = await http.post(`/api/assessments/${q2.id}/approve`).send({ version: 5 });
    expect(approved.status).toBe(200);
    const republished = byPeriod(await scores(), '2024Q2');
    expect(republished).toMatchObject({ status: 'approved', scoreBasis: 'published' });
    expect(republished.kpis[0].score).toBe(60);

    const trail = (await http.get(`/api/audit?entity=assessment&id=${q2.id}`)).body as {
      action: string;
      after: Record<string, unknown>;
    }[];
    expect(trail.find((e) => e.action === 'reopen')?.after).toMatchObject({ publishedScoreWithdrawn: true });
    expect(trail.find((e) => e.action === 'approve')?.after).toMatchObject({
      published: { overall: republished.overall, band: republished.band, completeness: 0.5 },
    });
  });

  it('are what the overview, the comparison and both CSV exports show for approved assessments', async () => {
    const { http, store, mission, putTargets } = await missionWithHistory();
    const other = addMission(store, { acronym: 'OTH' });
    await putTargets(TARGETS({ baseline: 60, target: 10 }));

    const overview = (await http.get('/api/missions')).body as MissionSummary[];
    const row = overview.find((m) => m.id === mission.id) as MissionSummary;
    // Approved only by default: the latest is the approved Q2, with its published score.
    expect(row.latest).toMatchObject({ period: '2024Q2', status: 'approved', scoreBasis: 'published' });
    expect(row.sparkline.map((p) => p.period)).toEqual(['2024Q1', '2024Q2']);
    const withDrafts = (await http.get('/api/missions?includeUnapproved=1')).body as MissionSummary[];
    expect(withDrafts.find((m) => m.id === mission.id)?.latest).toMatchObject({ period: '2024Q3', status: 'draft' });

    const pair = `${mission.id},${other.id}`;
    const comparison = (await http.get(`/api/reports/comparison?missions=${pair}`)).body;
    expect(comparison.parameters).toMatchObject({ approvedOnly: true, rescored: false });
    const summary = comparison.missions.find((m: { missionId: number }) => m.missionId === mission.id);
    expect(summary.latest).toMatchObject({ period: '2024Q2', status: 'approved', scoreBasis: 'published' });
    expect(summary.latest.kpis.violence_reduction).toBe(50);
    const rescored = (await http.get(`/api/reports/comparison?missions=${pair}&rescored=1`)).body;
    const rescoredSummary = rescored.missions.find((m: { missionId: number }) => m.missionId === mission.id);
    expect(rescoredSummary.latest).toMatchObject({ scoreBasis: 'live', kpis: { violence_reduction: 60 } });
    const points = comparison.trendSeries.missions.find((m: { missionId: number }) => m.missionId === mission.id);
    expect(points.points.map((p: { status: string }) => p.status)).toEqual(['approved', 'approved']);

    const wide = records(
      await http.get(`/api/export/assessments.csv?missions=${mission.id}`).buffer(true).parse(asText),
    );
    expect(wide.map((r) => [r.period, r.kpi_violence_reduction_score])).toEqual([
      ['2024Q1', '0'],
      ['2024Q2', '50'],
      ['2024Q3', '80'],
    ]);
    const long = records(
      await http.get(`/api/export/assessments.csv?missions=${mission.id}&format=long`).buffer(true).parse(asText),
    ).filter((r) => r.indicator === 'violent_incidents');
    expect(long.map((r) => [r.period, r.baseline, r.target, r.indicator_score])).toEqual([
      ['2024Q1', '40', '20', '0'],
      ['2024Q2', '40', '20', '50'],
      ['2024Q3', '60', '10', '80'],
    ]);
  });
});

describe('rankings and bands', () => {
  it('give a one-KPI draft no band, and the overview no latest score for it until drafts are asked for', async () => {
    const { http, store } = await testApp();
    const mission = addMission(store, { acronym: 'ONE' });
    addAssessment(store, mission.id, { period: '2024Q1', values: { threat_response_pct: 90 } });
    const approvedOnly = ((await http.get('/api/missions')).body as MissionSummary[]).find((m) => m.id === mission.id);
    expect(approvedOnly?.latest).toBeNull();
    const all = ((await http.get('/api/missions?includeUnapproved=1')).body as MissionSummary[]).find(
      (m) => m.id === mission.id,
    );
    expect(all?.latest).toMatchObject({ overall: 100, completeness: 0.25, band: null, status: 'draft' });
  });
});

describe('the demo portfolio', () => {
  async function demo() {
    const ctx = await testApp();
    seedDemoPortfolio(ctx.store);
    const minusca = ctx.store.missions.list(true).find((m) => m.acronym === 'MINUSCA');
    if (!minusca) throw new Error('The demo has no MINUSCA');
    const approvedScores = async (query = '') =>
      ((await ctx.http.get(`/api/missions/${minusca.id}/scores${query}`)).body as MissionScores).periods.filter(
        (p) => p.status === 'approved',
      );
    return { ...ctx, minusca, approvedScores };
  }

  it('keeps every approved MINUSCA score byte for byte when the bundled UCDP GED file is imported', async () => {
    const { http, approvedScores } = await demo();
    const before = JSON.stringify(await approvedScores());
    const res = await http
      .post('/api/import/ucdp-ged')
      .set('Content-Type', 'text/csv')
      .send(fs.readFileSync(UCDP_EXTRACT));
    expect(res.status).toBe(200);
    expect(res.body.created + res.body.updated).toBeGreaterThan(0);
    expect(JSON.stringify(await approvedScores())).toBe(before);
  });

  it("keeps every approved published score when targets are saved, and moves the drafts' scores", async () => {
    const { http, minusca, approvedScores } = await demo();
    const scores = async () => ((await http.get(`/api/missions/${minusca.id}/scores`)).body as MissionScores).periods;
    const before = await scores();
    expect(before.some((p) => p.status !== 'approved')).toBe(true);
    const approvedBefore = JSON.stringify(await approvedScores());
    const targets = (await http.get(`/api/missions/${minusca.id}/targets`)).body;
    const saved = await http.put(`/api/missions/${minusca.id}/targets`).send({
      targets: { ...targets.targets, violent_incidents: { baseline: 200, target: 20, weight: 1 } },
      kpiWeights: targets.kpiWeights,
    });
    expect(saved.status).toBe(200);
    expect(JSON.stringify(await approvedScores())).toBe(approvedBefore);
    const after = await scores();
    const moved = after.filter((p, i) => p.status !== 'approved' && p.overall !== before[i].overall);
    expect(moved.length).toBeGreaterThan(0);
  });
});
