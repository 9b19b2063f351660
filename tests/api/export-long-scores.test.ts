import { describe, expect, it } from 'vitest';
import { addAssessment, addMission, asText, records } from './csv-helpers';
import { testApp } from './helpers';

interface ScoredIndicator {
  indicator: string;
  value: number | null;
  baseline: number | null;
  target: number | null;
  score: number | null;
  rateRatio?: { ratio: number | null; lower: number | null; upper: number | null } | null;
}

const cell = (x: number | null) => (x == null ? '' : String(Math.round(x * 100) / 100));
const ratioCell = (x: number | null | undefined) => (x == null ? '' : String(Math.round(x * 10000) / 10000));

// The long export scores each value itself, for speed; it must say what the scores endpoint says.
describe('long CSV export against the scores endpoint', () => {
  it('gives every value the baseline, target and score the mission scores give it', async () => {
    const { http, store } = await testApp();
    const mission = addMission(store, { acronym: 'AGREE' });
    await http.put(`/api/missions/${mission.id}/targets`).send({
      targets: {
        conflict_fatalities: { baseline: 10, target: 10, weight: 2 },
        personnel_trained: { baseline: 50, target: 200, weight: 1 },
        // below 5 a period: not scored, its rate ratio still exported
        civilian_casualties: { baseline: 4, target: 2, weight: 1 },
      },
      kpiWeights: { violence_reduction: 0.4, dispute_resolution: 0.2, local_capacity: 0.2, civilian_protection: 0.2 },
    });
    const periods = [
      {
        violent_incidents: 90,
        conflict_fatalities: 12,
        disputes_recorded: 7,
        disputes_resolved: 3,
        capability_rating: 2,
      },
      {
        violent_incidents: 61,
        conflict_fatalities: 9,
        disputes_recorded: 0,
        disputes_resolved: 0,
        personnel_trained: 80,
      },
      { violent_incidents: 120, disputes_recorded: 3, local_led_operations_pct: 33.3, threat_response_pct: 71.25 },
      { civilian_casualties: 4, community_engagements: 17, disputes_recorded: 9, disputes_resolved: 9 },
    ];
    periods.forEach((values, i) => addAssessment(store, mission.id, { period: `2023Q${i + 1}`, values }));

    const scores = (await http.get(`/api/missions/${mission.id}/scores`)).body as {
      periods: { period: string; kpis: { indicators: ScoredIndicator[] }[] }[];
    };
    const expected = scores.periods.flatMap((period) =>
      period.kpis
        .flatMap((kpi) => kpi.indicators)
        .filter((item) => item.value != null)
        .map((item) => ({
          period: period.period,
          indicator: item.indicator,
          value: cell(item.value),
          baseline: cell(item.baseline),
          target: cell(item.target),
          indicator_score: cell(item.score),
          rate_ratio: ratioCell(item.rateRatio?.ratio),
          rate_ratio_lower: ratioCell(item.rateRatio?.lower),
          rate_ratio_upper: ratioCell(item.rateRatio?.upper),
        })),
    );
    const res = await http
      .get(`/api/export/assessments.csv?format=long&missions=${mission.id}`)
      .buffer(true)
      .parse(asText);
    const exported = records(res).map((row) => ({
      period: row.period,
      indicator: row.indicator,
      value: cell(Number(row.value)),
      baseline: row.baseline,
      target: row.target,
      indicator_score: row.indicator_score,
      rate_ratio: row.rate_ratio,
      rate_ratio_lower: row.rate_ratio_lower,
      rate_ratio_upper: row.rate_ratio_upper,
    }));
    expect(exported).toEqual(expected);
    // 4 casualties against a typed 4 a period: a rate ratio of 1 with its interval, and no score
    expect(exported.find((row) => row.indicator === 'civilian_casualties')).toMatchObject({
      indicator_score: '',
      rate_ratio: '1',
    });
    expect(exported.filter((row) => row.rate_ratio !== '').length).toBeGreaterThan(3);
    expect(exported.filter((row) => row.indicator === 'dispute_resolution_rate')).toHaveLength(2);
  });
});
