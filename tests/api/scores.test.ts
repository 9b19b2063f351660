import { describe, expect, it } from 'vitest';
import { sampleMission, testApp } from './helpers';

describe('mission scores API', () => {
  it('scores each period with its inputs, completeness, band and trend', async () => {
    const { http } = await testApp();
    const mission = (await http.post('/api/missions').send(sampleMission)).body;
    const post = (period: string, values: Record<string, number>) =>
      http.post(`/api/missions/${mission.id}/assessments`).send({ period, values });
    const weights = {
      violence_reduction: 0.25,
      dispute_resolution: 0.25,
      local_capacity: 0.25,
      civilian_protection: 0.25,
    };
    const baseline = { violent_incidents: { baseline: 40, target: null, weight: 1 } };
    expect(
      (await http.put(`/api/missions/${mission.id}/targets`).send({ targets: baseline, kpiWeights: weights })).status,
    ).toBe(200);
    await post('2024Q1', { violent_incidents: 40 });
    await post('2024Q2', { violent_incidents: 30, threat_response_pct: 45 });

    const res = await http.get(`/api/missions/${mission.id}/scores`);
    expect(res.status).toBe(200);
    const [q1, q2] = res.body.periods;
    // Baseline as set (40), target half of it (20).
    const q2Incidents = q2.kpis[0].indicators.find((i: { indicator: string }) => i.indicator === 'violent_incidents');
    // (30 − 40) / (20 − 40) = 0.5 → 50
    expect(q2Incidents).toMatchObject({
      value: 30,
      baseline: 40,
      target: 20,
      direction: 'lower_is_better',
      weight: 1,
      score: 50,
    });
    expect(q1.overall).toBe(0);
    // KPIs present: violence 50, protection = threat response 45/90 → 50; mean 50; 2 of 4 KPIs.
    expect(q2.overall).toBe(50);
    expect(q2.completeness).toBe(0.5);
    // Two of four KPIs: too few for a band.
    expect(q2.band).toBeNull();
    expect(q2.flags.map((f: { flag: string }) => f.flag)).toContain('incomplete');
    expect(res.body.trend).toMatchObject({ trend: 'insufficient_data' });

    const ranged = await http.get(`/api/missions/${mission.id}/scores?from=2024Q2&to=2024Q2`);
    expect(ranged.body.periods.map((p: { period: string }) => p.period)).toEqual(['2024Q2']);
    expect(ranged.body.periods[0].overall).toBe(50);
  });

  it('refuses a bad range and an unknown mission', async () => {
    const { http } = await testApp();
    const mission = (await http.post('/api/missions').send(sampleMission)).body;
    expect((await http.get(`/api/missions/${mission.id}/scores?from=2024Q9`)).status).toBe(400);
    expect((await http.get(`/api/missions/${mission.id}/scores?from=2024-01`)).status).toBe(400);
    expect((await http.get('/api/missions/404/scores')).status).toBe(404);
  });
});
