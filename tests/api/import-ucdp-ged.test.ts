import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { importResultSchema } from '../../shared/src/imports';
import type { Assessment } from '../../shared/src/assessment';
import { periodRange } from '../../shared/src/periods';
import type { Db } from '../../server/src/db/connection';
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
function expectedByQuarter(from: string, adm1?: string[], keep = (_date: string) => true): Map<string, Counts> {
  const rows = parse(EXTRACT, { columns: true }) as Record<string, string>[];
  const totals = new Map<string, Counts>();
  for (const row of rows) {
    if (row.country !== 'Central African Republic') continue;
    if (adm1 && !adm1.includes(row.adm_1)) continue;
    if (!keep(row.date_start.slice(0, 10))) continue;
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

const NO_EVENTS: Counts = { violent_incidents: 0, conflict_fatalities: 0, civilian_casualties: 0 };

/** Every quarter from `from` to `to`, a quarter without events being a measured 0. */
function everyQuarter(counts: Map<string, Counts>, from: string, to: string): Map<string, Counts> {
  return new Map(periodRange(from, to).map((quarter) => [quarter, counts.get(quarter) ?? NO_EVENTS]));
}

/** The extract's header and the rows whose date_start passes `keep`, each as a CSV line. */
function extractLines(keep: (dateStart: string) => boolean = () => true): [string, string[]] {
  const [header, ...rows] = parse(EXTRACT) as string[][];
  const line = (row: string[]) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
  const dateColumn = header.indexOf('date_start');
  return [line(header), rows.filter((row) => keep(row[dateColumn])).map(line)];
}

function extractRows(keep: (dateStart: string) => boolean): string {
  const [header, rows] = extractLines(keep);
  return [header, ...rows].join('\n');
}

function lastImportAudit(db: Db): Record<string, unknown> {
  const row = db
    .prepare("SELECT after FROM audit_log WHERE action = 'import_ucdp_ged' ORDER BY id DESC LIMIT 1")
    .get() as { after: string };
  return JSON.parse(row.after) as Record<string, unknown>;
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

    const res = await post(EXTRACT, '?fileName=ucdp_ged_v23_1_central_african_republic.csv');
    expect(res.status).toBe(200);
    const result = importResultSchema.parse(res.body);
    // The extract runs to 2022-12-30: every quarter from the mission's start to 2022Q4 counts,
    // a quarter without events as a measured 0.
    const expected = everyQuarter(expectedByQuarter('2014Q2'), '2014Q2', '2022Q4');
    expect(result).toMatchObject({
      rows: 1848,
      created: expected.size,
      updated: 0,
      unchanged: 0,
      missions: [{ id: mission.id, acronym: 'CAFM' }],
      errors: [],
    });
    // The Mali mission is untouched, and said to be: the extract covers the Central African Republic only.
    expect(result.ged).toMatchObject({
      version: '23.1',
      coverage: { from: '1991-08-01', to: '2022-12-31', given: false },
      events: 1848,
      duplicates: 0,
      countries: [{ name: 'Central African Republic', code: 'CAF', events: 1848 }],
      untouched: [{ id: elsewhere.id, acronym: 'MALI', country: 'MLI' }],
    });
    expect(result.ged!.missions[0]).toMatchObject({ first: '2014Q2', last: '2022Q4', unchanged: 0, note: null });
    expect(result.ged!.missions[0].periods[0]).toEqual({
      period: '2014Q2',
      action: 'create',
      status: null,
      changes: [
        { indicator: 'violent_incidents', from: null, to: expected.get('2014Q2')!.violent_incidents },
        { indicator: 'conflict_fatalities', from: null, to: expected.get('2014Q2')!.conflict_fatalities },
        { indicator: 'civilian_casualties', from: null, to: expected.get('2014Q2')!.civilian_casualties },
      ],
    });

    const assessments = store.assessments.listByMission(mission.id);
    expect(countsOf(assessments)).toEqual(expected);
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
    expect(lastImportAudit(db)).toMatchObject({
      version: '23.1',
      coverage: { from: '1991-08-01', to: '2022-12-31', given: false },
      events: 1848,
      duplicates: 0,
      created: expected.size,
    });

    // The same file again changes nothing.
    const before = dumpAssessments(db);
    const again = await post(EXTRACT);
    expect(again.body).toMatchObject({
      rows: 1848,
      created: 0,
      updated: 0,
      unchanged: expected.size,
      missions: [],
      errors: [],
    });
    expect(again.body.ged.version).toBeNull();
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('touches only the periods a partial file covers, replacing their counts and leaving the rest', async () => {
    const { store, db, post } = await setup();
    const mission = addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2014-04-10' });
    expect((await post(EXTRACT)).status).toBe(200);
    const history = store.assessments.listByMission(mission.id).filter((a) => a.period < '2022Q1');

    // A later file holding only 2022, in which UCDP has since dropped the events of 2022Q3's
    // first fortnight.
    const later = extractRows((date) => date >= '2022-01-01' && !(date >= '2022-07-01' && date < '2022-07-15'));
    const dry = await post(later, '?dryRun=1&fileName=GEDEvent_v23_0_12.csv');
    expect(dry.status).toBe(200);
    const expected = everyQuarter(
      expectedByQuarter('2022Q1', undefined, (date) => !(date >= '2022-07-01' && date < '2022-07-15')),
      '2022Q1',
      '2022Q4',
    );
    const before = countsOf(store.assessments.listByMission(mission.id));
    expect(dry.body).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    expect(dry.body.ged).toMatchObject({ version: '23.0.12', coverage: { from: '2022-01-01', to: '2022-12-31' } });
    expect(dry.body.ged.missions[0]).toMatchObject({ first: '2022Q1', last: '2022Q4', unchanged: 3 });
    const q3 = dry.body.ged.missions[0].periods;
    expect(q3).toHaveLength(1);
    expect(q3[0].period).toBe('2022Q3');
    expect(q3[0].action).toBe('update');
    expect(q3[0].changes).toContainEqual({
      indicator: 'violent_incidents',
      from: before.get('2022Q3')!.violent_incidents,
      to: expected.get('2022Q3')!.violent_incidents,
    });

    const res = await post(later);
    expect(res.status).toBe(200);
    const after = store.assessments.listByMission(mission.id);
    expect(after.filter((a) => a.period < '2022Q1')).toEqual(history);
    expect(countsOf(after.filter((a) => a.period >= '2022Q1'))).toEqual(expected);
    expect(lastImportAudit(db)).toMatchObject({ coverage: { from: '2022-01-01', to: '2022-12-31' }, updated: 1 });
  });

  it('counts a file repeated after itself exactly as the file once, and says how many rows it dropped', async () => {
    const { store, post } = await setup();
    const mission = addMission(store, { acronym: 'CAFM', country: 'CAF', startDate: '2014-04-10' });
    const [header, rows] = extractLines();
    const twice = [header, ...rows, ...rows].join('\n');
    const res = await post(twice);
    expect(res.status).toBe(200);
    expect(res.body.rows).toBe(3696);
    expect(res.body.ged).toMatchObject({ events: 1848, duplicates: 1848 });
    expect(countsOf(store.assessments.listByMission(mission.id))).toEqual(
      everyQuarter(expectedByQuarter('2014Q2'), '2014Q2', '2022Q4'),
    );
  });

  it('gives a mission with areas only the events of those admin-1 units', async () => {
    const { store, post } = await setup();
    const mission = addMission(store, {
      acronym: 'OUAKA',
      country: 'CAF',
      startDate: '2014-04-10',
      areas: ['Ouaka prefecture', 'Bangui'],
    });
    const res = await post(EXTRACT);
    expect(res.status).toBe(200);
    const expected = everyQuarter(
      expectedByQuarter('2014Q2', ['Ouaka province', 'Bangui province']),
      '2014Q2',
      '2022Q4',
    );
    expect(countsOf(store.assessments.listByMission(mission.id))).toEqual(expected);
    expect(res.body.created).toBe(expected.size);
  });

  it('refuses an area no admin-1 name of the file matches, naming the five closest', async () => {
    const { store, db, post } = await setup();
    addMission(store, { acronym: 'OUAKA', country: 'CAF', startDate: '2014-04-10', areas: ['Ouakka', 'Bangui'] });
    const before = dumpAssessments(db);
    const res = await post(EXTRACT);
    expect(res.status).toBe(422);
    expectErrorShape(res.body);
    expect(res.body.errors).toHaveLength(1);
    const { message, column } = res.body.errors[0];
    expect(column).toBe('adm_1');
    expect(message).toMatch(/^OUAKA's area "Ouakka" matches no admin-1 name/);
    const closest = [...message.matchAll(/"([^"]+)"/g)].map((match) => match[1]).slice(1);
    expect(closest).toHaveLength(5);
    expect(closest[0]).toBe('Ouaka province');
    expect(dumpAssessments(db)).toEqual(before);
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

  it('measures 0 in every covered period without events, creating or updating its assessment', async () => {
    const { store, post } = await setup();
    const mission = addMission(store, { acronym: 'ZERO', country: 'MLI', startDate: '2020-01-01' });
    const quiet = addAssessment(store, mission.id, {
      period: '2020Q2',
      values: { violent_incidents: 9, threat_response_pct: 50 },
    });
    const file = [GED_HEADER, '1,Mali,,2020-01-10,2,0', '2,Mali,,2020-12-10,1,1'].join('\n');
    const res = await post(file);
    expect(res.body).toMatchObject({
      rows: 2,
      created: 3,
      updated: 1,
      unchanged: 0,
      missions: [{ id: mission.id, acronym: 'ZERO' }],
      errors: [],
    });
    expect(countsOf(store.assessments.listByMission(mission.id))).toEqual(
      new Map([
        ['2020Q1', { violent_incidents: 1, conflict_fatalities: 2, civilian_casualties: 0 }],
        ['2020Q2', NO_EVENTS],
        ['2020Q3', NO_EVENTS],
        ['2020Q4', { violent_incidents: 1, conflict_fatalities: 1, civilian_casualties: 1 }],
      ]),
    );
    const updated = store.assessments.get(quiet.id)!;
    expect(updated.values).toEqual({ ...NO_EVENTS, threat_response_pct: 50 });
    expect(updated.provenance).toMatchObject({ violent_incidents: 'ucdp_ged', threat_response_pct: 'manual' });
    const created = store.assessments.listByMission(mission.id).find((a) => a.period === '2020Q3')!;
    expect(created.provenance).toEqual({
      violent_incidents: 'ucdp_ged',
      conflict_fatalities: 'ucdp_ged',
      civilian_casualties: 'ucdp_ged',
    });
  });

  it('covers the span the user gives, and refuses one that ends before it begins', async () => {
    const { store, post } = await setup();
    const mission = addMission(store, { acronym: 'YEAR', country: 'MLI', startDate: '2020-01-01' });
    const file = [GED_HEADER, '1,Mali,,2020-02-10,2,0'].join('\n');
    const res = await post(file, '?from=2020-01-01&to=2020-12-31&version=20.1');
    expect(res.status).toBe(200);
    expect(res.body.ged).toMatchObject({
      version: '20.1',
      coverage: { from: '2020-01-01', to: '2020-12-31', given: true },
    });
    expect(store.assessments.listByMission(mission.id).map((a) => a.period)).toEqual(periodRange('2020Q1', '2020Q4'));

    const backwards = await post(file, '?from=2020-12-31&to=2020-01-01');
    expect(backwards.status).toBe(400);
    expectErrorShape(backwards.body);
    expect((await post(file, '?version=latest')).status).toBe(400);
  });

  it('leaves periods outside the mission span, and periods the file covers in part, alone', async () => {
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
    expect(res.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(store.assessments.listByMission(mission.id).map((a) => a.period)).toEqual(['2020Q2', '2020Q3', '2021Q1']);
    expect(store.assessments.get(after.id)!.values).toEqual({ violent_incidents: 7 });

    // A month's file against a quarterly mission: the quarter is not covered whole.
    const quarterly = addMission(store, { acronym: 'PART', country: 'NER', startDate: '2020-01-01' });
    const month = await post([GED_HEADER, '1,Niger,,2020-05-10,1,0'].join('\n'));
    expect(month.status).toBe(200);
    expect(month.body.ged.missions).toEqual([
      expect.objectContaining({ id: quarterly.id, first: null, last: null, periods: [] }),
    ]);
    expect(store.assessments.listByMission(quarterly.id)).toEqual([]);
  });

  it('reports approved periods with what the file would change, never changing them, and imports the rest', async () => {
    const { store, db, post } = await setup();
    const mission = addMission(store, { acronym: 'LOCK', country: 'MLI', startDate: '2020-01-01' });
    const locked = addAssessment(store, mission.id, {
      period: '2020Q1',
      values: { violent_incidents: 1, conflict_fatalities: 2, civilian_casualties: 0 },
    });
    approve(store, locked.id);
    const firstHalf = '?from=2020-01-01&to=2020-06-30';
    const same = [GED_HEADER, '1,Mali,,2020-01-10,2,0'].join('\n');
    expect((await post(same, '?from=2020-01-01&to=2020-03-31')).body).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
      missions: [],
      errors: [],
    });

    const approved = store.assessments.get(locked.id);
    const changed = [GED_HEADER, '1,Mali,,2020-01-10,3,0', '2,Mali,,2020-04-10,1,0'].join('\n');
    const dry = await post(changed, `${firstHalf}&dryRun=1`);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ created: 1, updated: 0, errors: [] });
    expect(dry.body.ged.missions[0].periods).toEqual([
      {
        period: '2020Q1',
        action: 'kept',
        status: 'approved',
        changes: [{ indicator: 'conflict_fatalities', from: 2, to: 3 }],
      },
      expect.objectContaining({ period: '2020Q2', action: 'create' }),
    ]);

    const audits = auditCount(db);
    const res = await post(changed, firstHalf);
    expect(res.status).toBe(200);
    expect(store.assessments.get(locked.id)).toEqual(approved);
    expect(store.assessments.listByMission(mission.id).map((a) => a.period)).toEqual(['2020Q1', '2020Q2']);
    expect(auditCount(db)).toBeGreaterThan(audits);
  });

  it('imports for a country outside the old list, by country_id or by name, and lists the missions it leaves', async () => {
    const { store, post } = await setup();
    const syria = addMission(store, { acronym: 'UNDOF', country: 'SYR', startDate: '2020-01-01' });
    const bosnia = addMission(store, { acronym: 'EUFOR', country: 'BIH', startDate: '2020-01-01' });
    const mali = addMission(store, { acronym: 'MALI', country: 'MLI', startDate: '2020-01-01' });
    const file = [
      'id,country,country_id,adm_1,date_start,best,deaths_civilians',
      '1,Syria,652,Quneitra governorate,2020-01-10,4,1',
      '2,Syria,652,Daraa governorate,2020-02-10,2,0',
      '3,Bosnia-Herzegovina,,Tuzla canton,2020-03-01,1,1',
    ].join('\n');
    const res = await post(file);
    expect(res.status).toBe(200);
    expect(res.body.ged.untouched).toEqual([{ id: mali.id, acronym: 'MALI', country: 'MLI' }]);
    expect(countsOf(store.assessments.listByMission(syria.id))).toEqual(
      new Map([['2020Q1', { violent_incidents: 2, conflict_fatalities: 6, civilian_casualties: 1 }]]),
    );
    expect(countsOf(store.assessments.listByMission(bosnia.id))).toEqual(
      new Map([['2020Q1', { violent_incidents: 1, conflict_fatalities: 1, civilian_casualties: 1 }]]),
    );
    expect(store.assessments.listByMission(mali.id)).toEqual([]);
  });

  it("gives Kosovo only Serbia (Yugoslavia)'s events in Kosovo, and says so", async () => {
    const { store, post } = await setup();
    const kosovo = addMission(store, { acronym: 'UNMIK', country: 'XKX', startDate: '2020-01-01' });
    const file = [
      'id,country,country_id,adm_1,date_start,best,deaths_civilians',
      '1,Serbia (Yugoslavia),345,Kosovo,2020-01-10,1,0',
      '2,Serbia (Yugoslavia),345,Pećki okrug,2020-02-10,2,0',
      '3,Serbia (Yugoslavia),345,Belgrade,2020-03-01,5,5',
    ].join('\n');
    const res = await post(file);
    expect(res.status).toBe(200);
    expect(countsOf(store.assessments.listByMission(kosovo.id))).toEqual(
      new Map([['2020Q1', { violent_incidents: 2, conflict_fatalities: 3, civilian_casualties: 0 }]]),
    );
    expect(res.body.ged.missions[0].note).toMatch(/^Kosovo takes the events/);
    expect(res.body.ged.countries).toEqual([
      { name: 'Serbia (Yugoslavia): Kosovo', code: 'XKX', events: 2 },
      { name: 'Serbia (Yugoslavia)', code: 'SRB', events: 1 },
    ]);
  });

  it('refuses a file that matches no active mission, naming the countries it holds', async () => {
    const { store, post } = await setup();
    addMission(store, { acronym: 'MALI', country: 'MLI', startDate: '2020-01-01' });
    const res = await post([GED_HEADER, '1,Syria,,2020-01-10,1,0', '2,Iraq,,2020-01-11,1,0'].join('\n'));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      {
        row: null,
        column: 'country',
        message: 'The file holds events in Iraq, Syria; no active mission is in any of them',
      },
    ]);
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
    expect(dry.body.created).toBe(periodRange('2014Q2', '2022Q4').length);
    expect(dumpAssessments(db)).toEqual(before);
    const viewer = await signIn('viewer');
    const refused = await post(EXTRACT, '', viewer);
    expect(refused.status).toBe(403);
    expectErrorShape(refused.body);
  });
});
