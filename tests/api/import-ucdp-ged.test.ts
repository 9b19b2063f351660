import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importResultSchema } from '../../shared/src/imports';
import type { Assessment } from '../../shared/src/assessment';
import { expectErrorShape, testApp } from './helpers';
import { addAssessment, addMission, approve, auditCount, dumpAssessments } from './csv-helpers';

const NO_NARRATIVE = { achievements: '', setbacks: '', lessons: '' };

const EXTRACT = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv'),
);

interface Counts {
  violent_incidents: number;
  conflict_fatalities: number;
  civilian_casualties: number;
}

/** Independent of the server: the quarter of a GED date, by hand. */
function quarterOf(date: string): string {
  const [year, month] = date.slice(0, 10).split('-').map(Number);
  return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
}

/** A plain pass over the file: per quarter from `from` on, events, sum of best, sum of civilian deaths. */
function expectedByQuarter(from: string, adm1?: string[]): Map<string, Counts> {
  const rows = parse(EXTRACT, { columns: true }) as Record<string, string>[];
  const totals = new Map<string, Counts>();
  for (const row of rows) {
    if (row.country !== 'Central African Republic') continue;
    if (adm1 && !adm1.includes(row.adm_1)) continue;
    const quarter = quarterOf(row.date_start);
    if (quarter < from) continue;
    const sum = totals.get(quarter) ?? { violent_incidents: 0, conflict_fatalities: 0, civilian_casualties: 0 };
    sum.violent_incidents += 1;
    sum.conflict_fatalities += Number(row.best);
    sum.civilian_casualties += Number(row.deaths_civilians);
    totals.set(quarter, sum);
  }
  return totals;
}

function countsOf(assessments: Assessment[]): Map<string, Counts> {
  return new Map(
    assessments.map((a) => [
      a.period,
      {
        violent_incidents: a.values.violent_incidents!,
        conflict_fatalities: a.values.conflict_fatalities!,
        civilian_casualties: a.values.civilian_casualties!,
      },
    ]),
  );
}

const GED_HEADER = 'id,country,adm_1,date_start,best,deaths_civilians';

async function setup() {
  const ctx = await testApp();
  const post = (body: string | Buffer, query = '', agent = ctx.http) =>
    agent.post(`/api/import/ucdp-ged${query}`).set('Content-Type', 'text/csv').send(body);
  return { ...ctx, post };
}

describe('POST /api/import/ucdp-ged', () => {
  it("counts every quarter of the project's extract into a fresh CAF mission, exactly as a plain pass over the file does", async () => {
    const { store, db, post } = await setup();
    const mission = addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2014-04-10' });
    const elsewhere = addMission(store, { acronym: 'MALI', country: 'MLI', startDate: '2014-01-01' });
    const audits = auditCount(db, 'import');

    const res = await post(EXTRACT);
    expect(res.status).toBe(200);
    const result = importResultSchema.parse(res.body);
    const expected = expectedByQuarter('2014Q2');
    // The Mali mission is untouched: the extract covers the Central African Republic only.
    expect(result).toEqual({
      rows: 1848,
      created: expected.size,
      updated: 0,
      unchanged: 0,
      missions: [{ id: mission.id, acronym: 'CAFM' }],
      errors: [],
    });

    const assessments = store.assessments.listByMission(mission.id);
    // Only quarters with events get an assessment; every one of them matches the plain pass.
    expect(countsOf(assessments)).toEqual(expected);
    expect(assessments[0].period).toBe('2014Q2');
    for (const a of assessments) {
      expect(a.status).toBe('draft');
      expect(a.provenance).toEqual({
        violent_incidents: 'ucdp_ged',
        conflict_fatalities: 'ucdp_ged',
        civilian_casualties: 'ucdp_ged',
      });
    }
    expect(store.assessments.listByMission(elsewhere.id)).toEqual([]);
    expect(auditCount(db, 'import')).toBe(audits + 1);

    // The same file again changes nothing.
    const before = dumpAssessments(db);
    const again = await post(EXTRACT);
    expect(again.body).toEqual({
      rows: 1848,
      created: 0,
      updated: 0,
      unchanged: expected.size,
      missions: [],
      errors: [],
    });
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('gives a mission with areas only the events of those admin-1 units', async () => {
    const { store, post } = await setup();
    const mission = addMission(store, {
      acronym: 'OUAKA',
      country: 'CAF',
      startDate: '2014-04-10',
      areas: ['Ouaka', 'Bangui'],
    });
    const res = await post(EXTRACT);
    expect(res.status).toBe(200);
    const expected = expectedByQuarter('2014Q2', ['Ouaka province', 'Bangui province']);
    expect(countsOf(store.assessments.listByMission(mission.id))).toEqual(expected);
    expect(res.body.created).toBe(expected.size);
  });

  it('reads the three GED date forms and counts by month for a monthly mission', async () => {
    const { store, post } = await setup();
    const monthly = addMission(store, { acronym: 'MON', country: 'MLI', startDate: '2020-01-15', periodType: 'month' });
    const file = [
      GED_HEADER,
      '1,Mali,Mopti region,2020-01-31,3,1',
      '2,Mali,Mopti region,2020-02-01 00:00:00.000,4,0',
      '3,Mali,Mopti region,2020-02-29T00:00:00,5,2',
      '4,Mali,Mopti region,2019-12-31,100,100',
    ].join('\n');
    const res = await post(file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 4, created: 2, errors: [] });
    expect(countsOf(store.assessments.listByMission(monthly.id))).toEqual(
      new Map([
        ['2020-01', { violent_incidents: 1, conflict_fatalities: 3, civilian_casualties: 1 }],
        ['2020-02', { violent_incidents: 2, conflict_fatalities: 9, civilian_casualties: 2 }],
      ]),
    );
  });

  it('sets zeros in an existing assessment of an event-free period, and creates none for such periods', async () => {
    const { store, post } = await setup();
    const mission = addMission(store, { acronym: 'ZERO', country: 'MLI', startDate: '2020-01-01' });
    const quiet = addAssessment(store, mission.id, {
      period: '2020Q2',
      values: { violent_incidents: 9, threat_response_pct: 50 },
    });
    const file = [GED_HEADER, '1,Mali,,2020-01-10,2,0', '2,Mali,,2020-09-10,1,1'].join('\n');
    const res = await post(file);
    expect(res.body).toEqual({
      rows: 2,
      created: 2,
      updated: 1,
      unchanged: 0,
      missions: [{ id: mission.id, acronym: 'ZERO' }],
      errors: [],
    });
    expect(store.assessments.listByMission(mission.id).map((a) => a.period)).toEqual(['2020Q1', '2020Q2', '2020Q3']);
    const updated = store.assessments.get(quiet.id)!;
    expect(updated.values).toEqual({
      violent_incidents: 0,
      conflict_fatalities: 0,
      civilian_casualties: 0,
      threat_response_pct: 50,
    });
    expect(updated.provenance).toMatchObject({ violent_incidents: 'ucdp_ged', threat_response_pct: 'manual' });
  });

  it('leaves periods outside the mission span alone', async () => {
    const { store, post } = await setup();
    const mission = addMission(store, {
      acronym: 'SPAN',
      country: 'MLI',
      startDate: '2020-04-01',
      endDate: '2020-09-30',
    });
    // Stored before periods were checked against the mission's life: the API now refuses it.
    const after = store.assessments.create(
      { missionId: mission.id, period: '2021Q1', status: 'draft', narrative: NO_NARRATIVE, authorId: null },
      { violent_incidents: 7 },
      'manual',
      {},
    );
    const file = [
      GED_HEADER,
      '1,Mali,,2020-03-31,1,0',
      '2,Mali,,2020-05-01,1,0',
      '3,Mali,,2020-12-01,1,0',
      '4,Mali,,2021-02-01,1,0',
    ].join('\n');
    const res = await post(file);
    expect(res.body).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(store.assessments.listByMission(mission.id).map((a) => a.period)).toEqual(['2020Q2', '2021Q1']);
    expect(store.assessments.get(after.id)!.values).toEqual({ violent_incidents: 7 });
  });

  it('refuses to change an approved assessment, naming the mission and period, and writes nothing', async () => {
    const { store, db, post } = await setup();
    const mission = addMission(store, { acronym: 'LOCK', country: 'MLI', startDate: '2020-01-01' });
    const locked = addAssessment(store, mission.id, {
      period: '2020Q1',
      values: { violent_incidents: 1, conflict_fatalities: 2, civilian_casualties: 0 },
    });
    approve(store, locked.id);
    const same = [GED_HEADER, '1,Mali,,2020-01-10,2,0'].join('\n');
    expect((await post(same)).body).toEqual({
      rows: 1,
      created: 0,
      updated: 0,
      unchanged: 1,
      missions: [],
      errors: [],
    });

    const before = dumpAssessments(db);
    const audits = auditCount(db);
    const changed = [GED_HEADER, '1,Mali,,2020-01-10,3,0', '2,Mali,,2020-04-10,1,0'].join('\n');
    const res = await post(changed);
    expect(res.status).toBe(422);
    expectErrorShape(res.body);
    expect(res.body.errors).toEqual([
      {
        row: null,
        column: null,
        message:
          'LOCK 2020Q1 is approved, and the file would change conflict fatalities 2 → 3; an admin must reopen it to draft first',
      },
    ]);
    expect(res.body.created).toBe(1);
    expect(dumpAssessments(db)).toEqual(before);
    expect(auditCount(db)).toBe(audits);

    const dry = await post(changed, '?dryRun=1');
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toHaveLength(1);
  });

  it('reports bad rows with their row and column, and imports nothing', async () => {
    const { store, db, post } = await setup();
    addMission(store, { acronym: 'BAD', country: 'MLI', startDate: '2020-01-01' });
    const before = dumpAssessments(db);
    const file = [GED_HEADER, '1,Mali,,2020-01-10,2,0', '2,Mali,,2020-13-01,x,0', '3,Mali,,2020-02-30,1,-1'].join('\n');
    const res = await post(file);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [3, 'date_start'],
      [3, 'best'],
      [4, 'date_start'],
      [4, 'deaths_civilians'],
    ]);
    expect(res.body.rows).toBe(3);
    expect(dumpAssessments(db)).toEqual(before);

    const wrong = await post('mission_id,period\n1,2024Q1\n');
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { column: string }) => e.column)).toEqual([
      'id',
      'country',
      'adm_1',
      'date_start',
      'best',
      'deaths_civilians',
    ]);
    expect((await post('')).status).toBe(422);
    expect((await post(Buffer.from([0x69, 0x64, 0xff, 0x0a]))).status).toBe(400);
  });

  it('a dry run writes nothing; a viewer may not import', async () => {
    const { store, db, signIn, post } = await setup();
    addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2014-04-10' });
    const before = dumpAssessments(db);
    const dry = await post(EXTRACT, '?dryRun=1');
    expect(dry.status).toBe(200);
    expect(dry.body.created).toBe(expectedByQuarter('2014Q2').size);
    expect(dumpAssessments(db)).toEqual(before);
    const viewer = await signIn('viewer');
    const refused = await post(EXTRACT, '', viewer);
    expect(refused.status).toBe(403);
    expectErrorShape(refused.body);
  });
});
