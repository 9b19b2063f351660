import { describe, expect, it } from 'vitest';
import type { MissionScores, PeriodScore } from '../../shared/src/scoring';
import type { MissionTargetsResponse, TargetsPreview } from '../../shared/src/targets';
import { addAssessment, addMission, approve } from './csv-helpers';
import { expectErrorShape, testApp } from './helpers';

// Invariants 2 and 3 of "Published numbers stay put": baselines and targets are explicit and
// versioned, each version in force from its period until the next; saving previews its effect.

const WEIGHTS = { violence_reduction: 0.25, dispute_resolution: 0.25, local_capacity: 0.25, civilian_protection: 0.25 };

async function missionWithHistory() {
  const ctx = await testApp();
  const mission = addMission(ctx.store, { acronym: 'VER' }); // starts 2020-01-01: first period 2020Q1
  const at = (period: string, incidents: number) =>
    addAssessment(ctx.store, mission.id, { period, values: { violent_incidents: incidents } });
  const q1 = at('2024Q1', 80);
  const q2 = at('2024Q2', 60);
  const q3 = at('2024Q3', 50);
  const q4 = at('2024Q4', 40);
  const q5 = at('2025Q1', 30);
  approve(ctx.store, q1.id);
  approve(ctx.store, q2.id);
  const path = `/api/missions/${mission.id}`;
  const scores = async (query = '') => ((await ctx.http.get(`${path}/scores${query}`)).body as MissionScores).periods;
  const byPeriod = (periods: PeriodScore[], period: string) => periods.find((p) => p.period === period) as PeriodScore;
  const incidents = (p: PeriodScore) => p.kpis[0].indicators[0];
  const put = (body: object) => ctx.http.put(`${path}/targets`).send(body);
  const preview = (body: object) => ctx.http.post(`${path}/targets/preview`).send(body);
  const targets = async () => (await ctx.http.get(`${path}/targets`)).body as MissionTargetsResponse;
  return { ...ctx, mission, q1, q2, q3, q4, q5, scores, byPeriod, incidents, put, preview, targets, path };
}

const typed = (baseline: number, target: number | null = null) => ({
  targets: { violent_incidents: { baseline, target, weight: 1 } },
  kpiWeights: WEIGHTS,
});

describe('a mission without a baseline', () => {
  it('shows its count values unscored, saying no baseline is set', async () => {
    const { scores, incidents, targets } = await missionWithHistory();
    for (const period of await scores('?rescored=1')) {
      expect(incidents(period)).toMatchObject({
        baseline: null,
        target: null,
        score: null,
        unscoredReason: 'no_baseline',
      });
      expect(period.overall).toBeNull();
    }
    const answer = await targets();
    expect(answer).toMatchObject({ versionId: null, effectiveFrom: null, versions: [] });
    expect(answer.resolved.violent_incidents).toMatchObject({ baseline: null, target: null, origin: 'none' });
  });
});

describe('settings versions', () => {
  it('replace the only version from the first period by default, and list every version', async () => {
    const { put, targets, scores, byPeriod, incidents } = await missionWithHistory();
    const first = await put(typed(100));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ effectiveFrom: '2020Q1', versions: [{ effectiveFrom: '2020Q1' }] });
    const second = await put(typed(90, 30));
    expect(second.status).toBe(200);
    const answer = await targets();
    expect(answer.versions.map((v) => v.effectiveFrom)).toEqual(['2020Q1', '2020Q1']);
    expect(answer.versionId).toBe(answer.versions[1].id);
    expect(answer.targets.violent_incidents).toMatchObject({ baseline: 90, target: 30 });
    // The later of two versions from the same period is in force: (50 − 90) / (30 − 90) = 2/3.
    expect(incidents(byPeriod(await scores(), '2024Q3')).score).toBeCloseTo(200 / 3, 9);
  });

  it('apply each from its period until the next, and a period is scored under the one in force at it', async () => {
    const { put, scores, byPeriod, incidents, targets } = await missionWithHistory();
    expect((await put(typed(100, 0))).status).toBe(200);
    // A mandate renewal from 2024Q4: a new target.
    expect((await put({ ...typed(100, 50), effectiveFrom: '2024Q4' })).status).toBe(200);
    const periods = await scores('?rescored=1');
    // Before 2024Q4 under the first: (v − 100) / (0 − 100); from 2024Q4 under the second: (v − 100) / (50 − 100).
    expect(incidents(byPeriod(periods, '2024Q3'))).toMatchObject({ target: 0, score: 50 });
    expect(incidents(byPeriod(periods, '2024Q4'))).toMatchObject({ target: 50, score: 100 });
    expect(incidents(byPeriod(periods, '2025Q1'))).toMatchObject({ target: 50, score: 100 });
    const answer = await targets();
    expect(answer.versions.map((v) => v.effectiveFrom)).toEqual(['2020Q1', '2024Q4']);
    expect(answer).toMatchObject({ effectiveFrom: '2024Q4', versionId: answer.versions[1].id });

    // With two versions, the period a new one applies from must be given.
    const missing = await put(typed(70));
    expect(missing.status).toBe(400);
    expectErrorShape(missing.body);
    expect(missing.body.error.issues[0].path).toBe('effectiveFrom');
    // Within the mission's life, and in its kind of period.
    for (const effectiveFrom of ['2019Q4', '2024-03', '2024Q9']) {
      const bad = await put({ ...typed(70), effectiveFrom });
      expect(bad.status).toBe(400);
      expectErrorShape(bad.body);
    }
  });

  it('record the version used in each published score', async () => {
    const { put, db, store, q3, targets } = await missionWithHistory();
    await put(typed(100, 0));
    await put({ ...typed(100, 50), effectiveFrom: '2024Q3' });
    approve(store, q3.id);
    const [v1, v2] = (await targets()).versions;
    const versionOf = (id: number) =>
      db.prepare('SELECT settings_version_id FROM published_scores WHERE assessment_id = ?').pluck().get(id);
    expect(versionOf(q3.id)).toBe(v2.id);
    // Published before any version: none to name.
    const published = db.prepare('SELECT settings_version_id FROM published_scores').pluck().all();
    expect(published).toContain(v2.id);
    expect(v1.id).toBeLessThan(v2.id);
  });

  it('take a baseline from a window of approved periods only: a draft never feeds it', async () => {
    const { put, scores, byPeriod, incidents, store, q3 } = await missionWithHistory();
    const window = {
      targets: {
        violent_incidents: {
          baseline: null,
          baselineSource: { kind: 'window', from: '2024Q1', to: '2024Q4' },
          target: null,
          weight: 1,
        },
      },
      kpiWeights: WEIGHTS,
    };
    const saved = await put(window);
    expect(saved.status).toBe(200);
    // Approved in the window: 2024Q1 (80) and 2024Q2 (60); the drafts 2024Q3 and 2024Q4 do not count.
    expect(saved.body.resolved.violent_incidents).toMatchObject({ baseline: 70, target: 35, origin: 'mission' });
    expect(saved.body.targets.violent_incidents).toMatchObject({
      baselineSource: { kind: 'window', from: '2024Q1', to: '2024Q4' },
    });
    // 2025Q1 (30): (30 − 70) / (35 − 70) > 1 → 100.
    expect(incidents(byPeriod(await scores(), '2025Q1'))).toMatchObject({ baseline: 70, score: 100 });
    // Approving 2024Q3 (50) brings it into the window: (80 + 60 + 50) / 3.
    approve(store, q3.id);
    expect(incidents(byPeriod(await scores(), '2025Q1')).baseline).toBeCloseTo(190 / 3, 9);

    const reversed = await put({
      ...window,
      targets: {
        violent_incidents: {
          ...window.targets.violent_incidents,
          baselineSource: { kind: 'window', from: '2024Q4', to: '2024Q1' },
        },
      },
    });
    expect(reversed.status).toBe(400);
    expectErrorShape(reversed.body);
  });
});

describe('saving targets', () => {
  it("leaves every approved published score unchanged and changes the drafts' scores exactly as previewed", async () => {
    const { put, preview, scores, http, path } = await missionWithHistory();
    await put(typed(100, 0));
    const before = await scores();
    const change = { ...typed(80, 40), effectiveFrom: '2024Q2' };

    const previewed = await preview(change);
    expect(previewed.status).toBe(200);
    const answer = previewed.body as TargetsPreview;
    // Nothing saved by the preview.
    expect(JSON.stringify(await scores())).toBe(JSON.stringify(before));

    const saved = await put(change);
    expect(saved.status).toBe(200);
    const after = await scores();
    for (const [i, period] of after.entries()) {
      if (period.status === 'approved') expect(period).toEqual(before[i]);
    }
    const moved = after
      .map((period, i) => ({ period, was: before[i] }))
      .filter(({ period, was }) => period.status !== 'approved' && period.overall !== was.overall)
      .map(({ period, was }) => ({
        period: period.period,
        status: period.status,
        before: was.overall,
        after: period.overall,
      }));
    expect(answer.changes.map(({ assessmentId: _id, ...rest }) => rest)).toEqual(moved);
    // 2024Q3 (50): before (50 − 100) / (0 − 100) → 50; after (50 − 80) / (40 − 80) → 75.
    expect(answer.changes[0]).toMatchObject({ period: '2024Q3', status: 'draft', before: 50, after: 75 });
    expect(answer.changes.map((c) => c.period)).toEqual(['2024Q3', '2024Q4', '2025Q1']);
    // Both approved ones were published before any baseline, unscored: they keep that, but
    // reopened, 2024Q1 would score under the first version (80 → 20) and 2024Q2 under the new one (60 → 50).
    expect(answer.approvedThatWouldDiffer).toBe(2);
    expect(answer.approvedChanges).toEqual([
      expect.objectContaining({ period: '2024Q1', status: 'approved', before: null, after: 20 }),
      expect.objectContaining({ period: '2024Q2', status: 'approved', before: null, after: 50 }),
    ]);
    expect(answer.effectiveFrom).toBe('2024Q2');

    // Audited with before (the version in force from that period) and after (the new one).
    const trail = (await http.get(`/api/audit?entity=targets`)).body as {
      entityId: number;
      before: { versionId: number; targets: unknown } | null;
      after: { versionId: number; effectiveFrom: string; targets: unknown };
    }[];
    const last = trail.find((e) => `/api/missions/${e.entityId}` === path && e.after.effectiveFrom === '2024Q2');
    expect(last?.after).toMatchObject({ effectiveFrom: '2024Q2', targets: change.targets });
    expect(last?.before).toMatchObject({ targets: { violent_incidents: { baseline: 100, target: 0 } } });
  });

  it('previews only for admins, and refuses a bad body with the error shape', async () => {
    const { signIn, path, preview } = await missionWithHistory();
    const analyst = await signIn('analyst');
    expect((await analyst.post(`${path}/targets/preview`).send(typed(80))).status).toBe(403);
    const bad = await preview({ targets: {}, kpiWeights: { violence_reduction: 0 } });
    expect(bad.status).toBe(400);
    expectErrorShape(bad.body);
  });
});
