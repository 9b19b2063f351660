import { describe, expect, it } from 'vitest';
import { missionEffectsSchema } from '../../shared/src/effects';
import { interruptedTimeSeries, interruptedTimeSeriesSentence } from '../../shared/src/method/interrupted-time-series';
import { periodRange } from '../../shared/src/periods';
import { seedDemoPortfolio } from '../../server/src/services/demo-seed';
import type { Store } from '../../server/src/db/store';
import { addAssessment, addMission, approve } from './csv-helpers';
import { expectErrorShape, testApp } from './helpers';

// GET /api/missions/:id/effects: the interrupted time series of a count indicator around a period.

async function demo() {
  const ctx = await testApp();
  seedDemoPortfolio(ctx.store);
  const minusca = ctx.store.missions.list(false).find((m) => m.acronym === 'MINUSCA')!;
  const effects = (query: string) => ctx.http.get(`/api/missions/${minusca.id}/effects?${query}`);
  return { ...ctx, minusca, effects };
}

/** A mission with its own event series of `events` per quarter, from `first`. */
function withSeries(store: Store, first: string, events: number[]) {
  const mission = addMission(store, { acronym: `S${Math.random()}`.slice(0, 8), startDate: '2020-01-01' });
  const periods = periodRange(first, '2099Q4').slice(0, events.length);
  store.eventSeries.put(
    mission.id,
    periods.map((period, i) => ({
      period,
      events: events[i],
      best: 2 * events[i],
      low: null,
      high: null,
      deathsCivilians: 0,
      stateBased: null,
      nonState: null,
      oneSided: null,
      gedVersion: '23.1',
      importedAt: '2024-01-01T00:00:00.000Z',
    })),
  );
  return mission;
}

describe('GET /api/missions/:id/effects', () => {
  it("fits MINUSCA's violent incidents around its start from the event series, 20 quarters each side, as the shared function does", async () => {
    const { effects, store, minusca } = await demo();
    const res = await effects('indicator=violent_incidents');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = missionEffectsSchema.parse(res.body);
    expect(body).toMatchObject({ at: '2014Q2', missionStart: '2014Q2', before: 20, after: 20, source: 'ucdp_ged' });
    expect(body.series.map((p) => p.period)).toEqual(periodRange('2009Q2', '2019Q1'));
    expect(body.series.filter((p) => p.side === 'before').at(-1)?.period).toBe('2014Q1');
    expect(body.citations).toHaveLength(1);

    // The same numbers as the shared function on the stored counts, by hand.
    const stored = new Map(store.eventSeries.forMission(minusca.id).map((row) => [row.period, row.events]));
    const counts = periodRange('2009Q2', '2019Q1').map((period) => stored.get(period)!);
    expect(body.series.map((p) => p.count)).toEqual(counts);
    const expected = interruptedTimeSeries({ counts, interventionIndex: 20, periodsPerYear: 4 });
    if (expected.status !== 'fitted') throw new Error('expected a fit');
    expect(body.levelChange).toEqual(expected.levelChange);
    expect(body.slopeChangePerYear).toEqual(expected.slopeChangePerYear);
    expect(body.expectedAfter).toEqual(expected.expectedAfter);
    expect(body.observedAfter).toBe(expected.observedAfter);
    expect(body.differenceAfter).toBe(expected.differenceAfter);
    expect(body.residualAutocorrelation).toBe(expected.residualAutocorrelation);
    expect(body.autocorrelationWarning).toBe(Math.abs(expected.residualAutocorrelation) > 0.3);
    expect(body.counterfactual.map((c) => c.expected)).toEqual(expected.counterfactual.map((c) => c.expected));
    expect(body.counterfactual[0].period).toBe('2014Q2');
    expect(body.sentence).toBe(
      interruptedTimeSeriesSentence(expected, { interventionLabel: '2014 Q2', countName: 'violent incidents' }),
    );
    expect(body.sentence).toMatch(/This is a change in time, not proof of cause\.$/);
  });

  it('takes fatalities from the sum of best and civilian casualties from civilian deaths', async () => {
    const { effects, store, minusca } = await demo();
    const rows = new Map(store.eventSeries.forMission(minusca.id).map((row) => [row.period, row]));
    const fatalities = missionEffectsSchema.parse((await effects('indicator=conflict_fatalities')).body);
    expect(fatalities.series.map((p) => p.count)).toEqual(fatalities.series.map((p) => rows.get(p.period)!.best));
    const civilians = missionEffectsSchema.parse((await effects('indicator=civilian_casualties')).body);
    expect(civilians.series.map((p) => p.count)).toEqual(
      civilians.series.map((p) => rows.get(p.period)!.deathsCivilians),
    );
  });

  it('fits around a chosen period with the periods asked for', async () => {
    const { effects } = await demo();
    const res = await effects('indicator=violent_incidents&at=2017Q1&before=12&after=10');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = missionEffectsSchema.parse(res.body);
    expect(body).toMatchObject({ at: '2017Q1', before: 12, after: 10 });
    expect(body.series.map((p) => p.period)).toEqual(periodRange('2014Q1', '2019Q2'));
    expect(body.counterfactual).toHaveLength(10);
    expect(body.sentence).toMatch(/^From 2017 Q1, /);
  });

  it('refuses with 422 and the reason when a side has fewer than 8 periods', async () => {
    const { effects } = await demo();
    // The series ends in 2022Q4: five quarters from 2021Q4 on.
    const late = await effects('indicator=violent_incidents&at=2021Q4');
    expect(late.status).toBe(422);
    expectErrorShape(late.body);
    expect(late.body.error.code).toBe('unprocessable');
    expect(late.body.error.message).toMatch(/Too few periods from 2021 Q4 on: .*at least 8.* 5 have one/);
    const asked = await effects('indicator=violent_incidents&before=6');
    expect(asked.status).toBe(422);
    expect(asked.body.error.message).toMatch(/Too few periods before 2014 Q2: .* 6 were asked for$/);
    const beyond = await effects('indicator=violent_incidents&at=2020Q1&after=20');
    expect(beyond.status).toBe(422);
    expect(beyond.body.error.message).toBe('Only 12 periods from 2020 Q1 on have a count, not the 20 asked for');
  });

  it('refuses with 422 when every count is zero', async () => {
    const { store, http } = await testApp();
    const mission = withSeries(store, '2016Q1', new Array<number>(32).fill(0));
    const res = await http.get(`/api/missions/${mission.id}/effects?indicator=violent_incidents`);
    expect(res.status).toBe(422);
    expectErrorShape(res.body);
    expect(res.body.error.message).toMatch(/Every count of Violent incidents .* is zero/);
  });

  it('refuses with 422 an indicator that is not a count, and 400 a period of the wrong type', async () => {
    const { effects } = await demo();
    const rate = await effects('indicator=dispute_resolution_rate');
    expect(rate.status).toBe(422);
    expectErrorShape(rate.body);
    expect(rate.body.error.message).toMatch(/Dispute resolution rate is not a count/);
    const month = await effects('indicator=violent_incidents&at=2016-03');
    expect(month.status).toBe(400);
    expectErrorShape(month.body);
    const unknown = await effects('indicator=nope');
    expect(unknown.status).toBe(400);
  });

  it('uses approved assessments where the mission has no event series, drafts left out', async () => {
    const { store, http } = await testApp();
    const mission = addMission(store, { acronym: 'ASSESSED', startDate: '2016-01-01' });
    const periods = periodRange('2016Q1', '2020Q1');
    const values = periods.map((_, i) => 40 + (i % 4) - (i >= 8 ? 15 : 0));
    periods.forEach((period, i) => {
      const assessment = addAssessment(store, mission.id, { period, values: { disputes_recorded: values[i] } });
      if (i !== 16) approve(store, assessment.id);
    });
    const res = await http.get(`/api/missions/${mission.id}/effects?indicator=disputes_recorded&at=2018Q1`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = missionEffectsSchema.parse(res.body);
    // 2020Q1 is a draft: eight approved periods from 2018Q1.
    expect(body).toMatchObject({ source: 'approved_assessments', before: 8, after: 8 });
    expect(body.series.map((p) => p.count)).toEqual(values.slice(0, 16));
  });
});
