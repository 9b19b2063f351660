import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../shared/src/catalog';
import { missionViewSchema } from '../../shared/src/mission-view';
import { seedDemoPortfolio } from '../../server/src/services/demo-seed';
import { addMission } from './csv-helpers';
import { expectErrorShape, testApp } from './helpers';

// GET /api/missions/:id/view: a mission page's first view in one answer, each part as its own endpoint answers it.

async function demo() {
  const ctx = await testApp();
  seedDemoPortfolio(ctx.store);
  const minusca = ctx.store.missions.list(false).find((m) => m.acronym === 'MINUSCA')!;
  return { ...ctx, minusca };
}

const COUNT_INDICATORS = INDICATORS.filter((indicator) => indicator.unit === 'count').map((indicator) => indicator.id);

describe('GET /api/missions/:id/view', () => {
  it("answers MINUSCA's mission, assessments, scores, targets, indicators, event series and models as their own endpoints do", async () => {
    const { http, minusca } = await demo();
    const res = await http.get(`/api/missions/${minusca.id}/view`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const view = missionViewSchema.parse(res.body);
    const own = async (path: string) => {
      const part = await http.get(path);
      expect(part.status, path).toBe(200);
      return part.body as unknown;
    };
    const base = `/api/missions/${minusca.id}`;
    expect(view.mission).toEqual(await own(base));
    expect(view.assessments).toEqual(await own(`${base}/assessments`));
    expect(view.scores).toEqual(await own(`${base}/scores`));
    expect(view.targets).toEqual(await own(`${base}/targets`));
    expect(view.indicators).toEqual(await own(`${base}/indicators`));
    expect(view.customIndicators).toEqual(await own('/api/indicators'));
    expect(view.eventSeries).toEqual(await own(`${base}/event-series`));
    expect(view.assessments.length).toBeGreaterThan(0);
    expect(view.eventSeries.periods.length).toBeGreaterThan(0);
    // MINUSCA's event series carries the models of its three event counts; the other counts have none before its start.
    expect(view.effects.map((model) => model.indicator)).toEqual([
      'violent_incidents',
      'conflict_fatalities',
      'civilian_casualties',
    ]);
    for (const indicator of COUNT_INDICATORS) {
      const model = view.effects.find((m) => m.indicator === indicator);
      const answer = await http.get(`${base}/effects?indicator=${indicator}`);
      expect(answer.status, indicator).toBe(model ? 200 : 422);
      if (model) expect(model).toEqual(answer.body);
    }
  });

  it('leaves out the models the counts cannot carry, which their endpoint refuses with 422', async () => {
    const { http, store } = await testApp();
    const mission = addMission(store, { acronym: 'BARE', startDate: '2020-01-01' });
    const res = await http.get(`/api/missions/${mission.id}/view`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const view = missionViewSchema.parse(res.body);
    expect(view.effects).toEqual([]);
    expect(view.assessments).toEqual([]);
    const refused = await http.get(`/api/missions/${mission.id}/effects?indicator=${COUNT_INDICATORS[0]}`);
    expect(refused.status).toBe(422);
  });

  it('answers 304 to a client that holds the same answer, and a new one after a change', async () => {
    const { http, minusca } = await demo();
    const first = await http.get(`/api/missions/${minusca.id}/view`);
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await http.get(`/api/missions/${minusca.id}/view`).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    const renamed = await http
      .patch(`/api/missions/${minusca.id}`)
      .send({ version: minusca.version, mandate: 'A new mandate' });
    expect(renamed.status).toBe(200);
    const changed = await http.get(`/api/missions/${minusca.id}/view`).set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(missionViewSchema.parse(changed.body).mission.mandate).toBe('A new mandate');
  });

  it('answers 404 in the error shape for a mission that does not exist, and 400 for an id that is not one', async () => {
    const { http } = await testApp();
    const missing = await http.get('/api/missions/999999/view');
    expect(missing.status).toBe(404);
    expectErrorShape(missing.body);
    const malformed = await http.get('/api/missions/abc/view');
    expect(malformed.status).toBe(400);
    expectErrorShape(malformed.body);
  });
});
