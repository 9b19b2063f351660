import { describe, expect, it } from 'vitest';
import { sampleMission, testApp } from './helpers';

async function missionWithScores() {
  const ctx = await testApp();
  const mission = (await ctx.http.post('/api/missions').send(sampleMission)).body;
  const q1 = await ctx.http
    .post(`/api/missions/${mission.id}/assessments`)
    .send({ period: '2024Q1', values: { violent_incidents: 40 } });
  await ctx.http
    .post(`/api/missions/${mission.id}/assessments`)
    .send({ period: '2024Q2', values: { violent_incidents: 30 } });
  return { ...ctx, mission, q1: q1.body, url: `/api/missions/${mission.id}/scores` };
}

describe('mission scores: ETag and 304', () => {
  it('tags the scores with the mission and data version and answers 304 while they stand', async () => {
    const { http, mission, url } = await missionWithScores();
    const first = await http.get(url);
    expect(first.status).toBe(200);
    expect(first.headers.etag).toMatch(new RegExp(`^W/"${mission.id}-\\d+"$`));
    expect(first.headers['cache-control']).toBe('private, no-cache');

    const again = await http.get(url).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text ?? '').toBe('');

    const other = await http.get(url).set('If-None-Match', 'W/"something-else"');
    expect(other.status).toBe(200);
    expect(other.body).toEqual(first.body);
  });

  it('keeps each range apart', async () => {
    const { http, url } = await missionWithScores();
    const all = await http.get(url);
    const q2 = await http.get(`${url}?from=2024Q2`);
    expect(all.body.periods).toHaveLength(2);
    expect(q2.body.periods.map((p: { period: string }) => p.period)).toEqual(['2024Q2']);
    expect((await http.get(url)).body).toEqual(all.body);
  });

  it('answers afresh after any write the scores rest on', async () => {
    const { http, store, mission, q1, url } = await missionWithScores();
    let etag = (await http.get(url)).headers.etag;
    const changed = async () => {
      const res = await http.get(url).set('If-None-Match', etag);
      expect(res.status).toBe(200);
      expect(res.headers.etag).not.toBe(etag);
      etag = res.headers.etag;
      return res.body;
    };

    await http.patch(`/api/assessments/${q1.id}`).send({ version: q1.version, values: { violent_incidents: 50 } });
    const afterEdit = await changed();
    expect(afterEdit.periods[0].kpis[0].indicators[0].value).toBe(50);

    await http.put(`/api/missions/${mission.id}/targets`).send({
      targets: { violent_incidents: { baseline: 100, target: 20, weight: 1 } },
      kpiWeights: {
        violence_reduction: 0.25,
        dispute_resolution: 0.25,
        local_capacity: 0.25,
        civilian_protection: 0.25,
      },
    });
    expect((await changed()).periods[0].kpis[0].indicators[0].baseline).toBe(100);

    await http.post(`/api/missions/${mission.id}/assessments`).send({ period: '2024Q3', values: {} });
    expect((await changed()).periods).toHaveLength(3);

    // Writes that bypass the services are seen too: the version is kept by triggers.
    store.assessments.setValues(q1.id, { violent_incidents: 60 }, 'manual');
    expect((await changed()).periods[0].kpis[0].indicators[0].value).toBe(60);

    // The new tag stands until the next write.
    expect((await http.get(url).set('If-None-Match', etag)).status).toBe(304);
  });

  it('checks who is asking and what before answering 304', async () => {
    const { http, anonymous, signIn, url } = await missionWithScores();
    const { etag } = (await http.get(url)).headers;
    expect((await anonymous.get(url).set('If-None-Match', etag)).status).toBe(401);
    const viewer = await signIn('viewer');
    expect((await viewer.get(url).set('If-None-Match', etag)).status).toBe(304);

    const version = etag.match(/-(\d+)"$/)?.[1];
    const missing = await http.get('/api/missions/404/scores').set('If-None-Match', `W/"404-${version}"`);
    expect(missing.status).toBe(404);
    const badRange = await http.get(`${url}?from=2024Q9`).set('If-None-Match', etag);
    expect(badRange.status).toBe(400);
  });
});
