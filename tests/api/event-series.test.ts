import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { missionEventSeriesSchema, type EventSeriesPeriod } from '../../shared/src/event-series';
import { periodRange } from '../../shared/src/periods';
import { UCDP_GED_CITATION } from '../../shared/src/ucdp';
import { seedDemoPortfolio } from '../../server/src/services/demo-seed';
import { expectErrorShape, migratedFile, testApp } from './helpers';
import { addAssessment, addMission } from './csv-helpers';

// A mission's event series: every period a GED file covers whole, before and after the mission's
// dates, with UCDP's low and high estimates beside the best (migration 0005).

const EXTRACT = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv'),
);
const ROWS = parse(EXTRACT, { columns: true }) as Record<string, string>[];

type Sums = Pick<EventSeriesPeriod, 'events' | 'best' | 'low' | 'high' | 'deathsCivilians' | 'byType'>;

const zero = (): Sums => ({
  events: 0,
  best: 0,
  low: 0,
  high: 0,
  deathsCivilians: 0,
  byType: { stateBased: 0, nonState: 0, oneSided: 0 },
});

/** Independent of the server: per quarter of the rows kept, by hand. */
function expectedSums(keep: (date: string) => boolean = () => true): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  for (const row of ROWS) {
    const date = row.date_start.slice(0, 10);
    if (!keep(date)) continue;
    const quarter = `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    const sum = sums.get(quarter) ?? zero();
    sum.events += 1;
    sum.best += Number(row.best);
    sum.low! += Number(row.low);
    sum.high! += Number(row.high);
    sum.deathsCivilians += Number(row.deaths_civilians);
    const type = (['stateBased', 'nonState', 'oneSided'] as const)[Number(row.type_of_violence) - 1];
    sum.byType[type]! += 1;
    sums.set(quarter, sum);
  }
  return sums;
}

function sumsOf(period: EventSeriesPeriod): Sums {
  const { events, best, low, high, deathsCivilians, byType } = period;
  return { events, best, low, high, deathsCivilians, byType };
}

/** The extract's header and the rows whose date_start passes `keep`, as CSV. */
function extractRows(keep: (date: string) => boolean): string {
  const [header, ...rows] = parse(EXTRACT) as string[][];
  const line = (row: string[]) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
  const date = header.indexOf('date_start');
  return [line(header), ...rows.filter((row) => keep(row[date].slice(0, 10))).map(line)].join('\n');
}

async function setup(db?: Parameters<typeof testApp>[0]) {
  const ctx = await testApp(db);
  const post = (body: string | Buffer, query = '') =>
    ctx.http.post(`/api/import/ucdp-ged${query}`).set('Content-Type', 'text/csv').send(body);
  const series = async (missionId: number) => {
    const res = await ctx.http.get(`/api/missions/${missionId}/event-series`);
    expect(res.status).toBe(200);
    return missionEventSeriesSchema.parse(res.body);
  };
  return { ...ctx, post, series };
}

describe('GET /api/missions/:id/event-series', () => {
  it("stores every quarter the bundled extract covers, before the mission's start as well, with low, best and high", async () => {
    // On a database file, so that the import commits in the import worker, series and all.
    const { store, db, post, series, signIn } = await setup(migratedFile());
    const mission = addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2014-04-10' });
    const res = await post(EXTRACT, '?fileName=ucdp_ged_v23_1_central_african_republic.csv');
    expect(res.status).toBe(200);
    // The file's span runs from the month of its first event (1991-08) to 2022-12: 1991Q3 is held in part.
    expect(res.body.ged.missions[0].series).toEqual({ first: '1991Q4', last: '2022Q4', periods: 125 });

    const audit = db
      .prepare("SELECT after FROM audit_log WHERE action = 'import_ucdp_ged' ORDER BY id DESC LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(audit)).toMatchObject({ version: '23.1', seriesPeriods: 125 });

    const stored = await series(mission.id);
    const quarters = periodRange('1991Q4', '2022Q4');
    expect(stored.periods.map((p) => p.period)).toEqual(quarters);
    const expected = expectedSums();
    for (const period of stored.periods) {
      expect({ period: period.period, ...sumsOf(period) }).toEqual({
        period: period.period,
        ...(expected.get(period.period) ?? zero()),
      });
      expect(period.beforeMission).toBe(period.period < '2014Q2');
      expect(period.gedVersion).toBe('23.1');
    }
    // Pre-mission quarters are there, with events and without (a measured 0).
    const before = stored.periods.filter((p) => p.beforeMission);
    expect(before).toHaveLength(periodRange('1991Q4', '2014Q1').length);
    expect(before.some((p) => p.events === 0)).toBe(true);
    expect(before.some((p) => p.events > 0)).toBe(true);
    // UCDP's low and high reach the API, and differ from the best where UCDP's estimates do.
    const q = stored.periods.find((p) => p.period === '2017Q2')!;
    expect(q.low).toBeLessThan(q.best);
    expect(q.high).toBeGreaterThan(q.best);
    expect(stored).toMatchObject({
      missionId: mission.id,
      periodType: 'quarter',
      missionStart: '2014Q2',
      source: {
        dataset: 'UCDP Georeferenced Event Dataset (GED)',
        licence: 'CC BY 4.0',
        versions: ['23.1'],
        citations: [UCDP_GED_CITATION],
      },
    });
    // Assessments stay within the mission's life, with the same counts as the series.
    const assessments = store.assessments.listByMission(mission.id);
    expect(assessments[0].period).toBe('2014Q2');
    for (const a of assessments) {
      const p = stored.periods.find((period) => period.period === a.period)!;
      expect([a.values.violent_incidents, a.values.conflict_fatalities, a.values.civilian_casualties]).toEqual([
        p.events,
        p.best,
        p.deathsCivilians,
      ]);
    }
    // Any signed-in role reads it.
    const viewer = await signIn('viewer');
    expect((await viewer.get(`/api/missions/${mission.id}/event-series`)).status).toBe(200);
  });

  it('replaces only the periods a partial later file covers, before and during the mission, and a dry run nothing', async () => {
    const { store, post, series } = await setup();
    const mission = addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2014-04-10' });
    expect((await post(EXTRACT, '?version=23.1')).status).toBe(200);
    const first = await series(mission.id);

    // Later files for 2013 (before the mission) and for 2022, in which UCDP has dropped the
    // events of 2013's first nine months and of 2022Q3's first fortnight.
    const dropped = (date: string) => (date >= '2022-07-01' && date < '2022-07-15') || date.startsWith('2013-0');
    const in2013 = extractRows((date) => date.startsWith('2013-') && !dropped(date));
    const later = extractRows((date) => date >= '2022-01-01' && !dropped(date));
    const dry = await post(in2013, '?dryRun=1&version=23.0.12&from=2013-01-01&to=2013-12-31');
    expect(dry.status).toBe(200);
    expect(dry.body.ged.missions[0].series).toEqual({ first: '2013Q1', last: '2013Q4', periods: 4 });
    expect(await series(mission.id)).toEqual(first);

    const res2013 = await post(in2013, '?version=23.0.12&from=2013-01-01&to=2013-12-31');
    expect(res2013.status).toBe(200);
    expect(res2013.body).toMatchObject({ created: 0, updated: 0 });
    expect((await post(later, '?version=23.0.12')).status).toBe(200);

    const after = await series(mission.id);
    const replaced = (period: string) => period.startsWith('2013') || period >= '2022Q1';
    expect(after.periods.map((p) => p.period)).toEqual(first.periods.map((p) => p.period));
    expect(after.periods.filter((p) => !replaced(p.period))).toEqual(first.periods.filter((p) => !replaced(p.period)));
    const expected = expectedSums((date) => !dropped(date));
    for (const period of after.periods.filter((p) => replaced(p.period))) {
      expect(period.gedVersion).toBe('23.0.12');
      expect({ period: period.period, ...sumsOf(period) }).toEqual({
        period: period.period,
        ...(expected.get(period.period) ?? zero()),
      });
    }
    expect(after.periods.find((p) => p.period === '2013Q2')).toMatchObject({ events: 0, best: 0, low: 0, high: 0 });
    expect(after.source.versions.sort()).toEqual(['23.0.12', '23.1']);
    expect(after.source.citations).toHaveLength(2);
  });

  it('writes no period of the series when the import stops on an assessment it may not change', async () => {
    const { store, series, signIn } = await setup();
    const mission = addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2014-04-10' });
    // Another analyst's draft in a covered quarter: an analyst's import stops, all of it.
    addAssessment(store, mission.id, { period: '2022Q1', values: { violent_incidents: 1 } });
    const analyst = await signIn('analyst');
    const res = await analyst.post('/api/import/ucdp-ged?version=23.1').set('Content-Type', 'text/csv').send(EXTRACT);
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/another analyst's draft/) }),
    );
    expect((await series(mission.id)).periods).toEqual([]);
  });

  it('keeps low, high and the types of violence null, not 0, from a file without those columns', async () => {
    const { store, post, series } = await setup();
    const mission = addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2020-01-01' });
    const csv = 'id,country,adm_1,date_start,best,deaths_civilians\n1,Central African Republic,Ouaka,2019-11-03,4,1\n';
    expect((await post(csv, '?from=2019-10-01&to=2019-12-31')).status).toBe(200);
    const stored = await series(mission.id);
    expect(stored.periods).toEqual([
      expect.objectContaining({
        period: '2019Q4',
        beforeMission: true,
        events: 1,
        best: 4,
        low: null,
        high: null,
        deathsCivilians: 1,
        byType: { stateBased: null, nonState: null, oneSided: null },
        gedVersion: null,
      }),
    ]);
    expect(stored.source.citations[0]).toContain('(version not given)');
  });

  it('stores MINUSCA’s whole series from the bundled extract when the demo is seeded, agreeing with its assessments', async () => {
    const { store, series, http } = await setup();
    seedDemoPortfolio(store);
    const minusca = store.missions.list(false).find((m) => m.acronym === 'MINUSCA')!;
    const stored = await series(minusca.id);
    // GED 23.1 is UCDP's complete record for 1989–2022.
    expect(stored.periods.map((p) => p.period)).toEqual(periodRange('1989Q1', '2022Q4'));
    expect(stored.periods.filter((p) => p.beforeMission).at(-1)?.period).toBe('2014Q1');
    expect(stored.source.citations).toEqual([UCDP_GED_CITATION]);
    const expected = expectedSums();
    for (const period of stored.periods) {
      expect({ period: period.period, ...sumsOf(period) }).toEqual({
        period: period.period,
        ...(expected.get(period.period) ?? zero()),
      });
    }
    for (const a of store.assessments.listByMission(minusca.id)) {
      const p = stored.periods.find((period) => period.period === a.period)!;
      expect(a.values.conflict_fatalities).toBe(p.best);
      expect(a.values.violent_incidents).toBe(p.events);
    }
    // The other demo missions' values are illustrative: no series.
    const other = store.missions.list(false).find((m) => m.acronym !== 'MINUSCA')!;
    expect((await series(other.id)).periods).toEqual([]);
    const missing = await http.get('/api/missions/9999/event-series');
    expect(missing.status).toBe(404);
    expectErrorShape(missing.body);
  });
});
