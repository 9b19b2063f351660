import { describe, expect, it } from 'vitest';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '../../shared/src/catalog';
import { missionPeriodSpan } from '../../shared/src/mission-life';
import { formatPeriod, periodRange } from '../../shared/src/periods';
import { DomainError } from '../../server/src/domain-error';
import { STAGING_BATCH } from '../../server/src/services/import-apply';
import { importAssessmentsCsv } from '../../server/src/services/import-assessments';
import { MAX_IMPORT_ROWS } from '../../server/src/services/imports';
import { addAssessment, addMission, auditCount, dumpAssessments } from './csv-helpers';
import { expectErrorShape, testApp } from './helpers';

// The imports under load: off the event loop, bounded in rows and in periods, and still all or
// nothing when a write fails late.

const COLUMNS = [
  'mission_id',
  'period',
  ...ENTERED_INDICATORS.map((i) => i.id),
  ...CHALLENGE_IDS.map((c) => `challenge_${c}`),
];
const QUARTERS = periodRange('2000Q1', '2024Q4');

/** A valid row for every quarter of 2000–2024 of every mission. */
function quarterlyFile(missionIds: number[]): { csv: string; rows: number } {
  const lines = [COLUMNS.join(',')];
  for (const id of missionIds) {
    for (const [i, period] of QUARTERS.entries()) {
      const cells: Record<string, string | number> = { mission_id: id, period, violent_incidents: i };
      for (const challenge of CHALLENGE_IDS) cells[`challenge_${challenge}`] = i % 5;
      lines.push(COLUMNS.map((column) => cells[column] ?? '').join(','));
    }
  }
  return { csv: `${lines.join('\n')}\n`, rows: missionIds.length * QUARTERS.length };
}

async function setup(missions: number) {
  const ctx = await testApp();
  const ids = Array.from(
    { length: missions },
    (_, i) => addMission(ctx.store, { acronym: `LD${i}`, startDate: '2000-01-01' }).id,
  );
  const post = (path: string, body: string | Buffer, query = '') =>
    ctx.http.post(`/api/import/${path}${query}`).set('Content-Type', 'text/csv').send(body);
  return { ...ctx, ids, post };
}

/** Counts the turns of the event loop, and the /api/health answers, until `work` settles. */
async function turnsDuring<T>(work: Promise<T>, health: () => Promise<unknown>) {
  let settled = false;
  let turns = 0;
  let answers = 0;
  const turn = () => {
    turns++;
    if (!settled) setImmediate(turn);
  };
  setImmediate(turn);
  const ask = async () => {
    while (!settled) {
      await health();
      if (!settled) answers++;
    }
  };
  const asking = ask();
  const outcome = await work.finally(() => (settled = true));
  await asking;
  return { outcome, turns, answers };
}

const actor = { userId: null };

describe('imports under load', () => {
  it('a large import leaves the event loop free: it yields at least once per staged batch, and the server answers meanwhile', async () => {
    const { store, db, anonymous, ids } = await setup(40);
    const { csv, rows } = quarterlyFile(ids);
    const { outcome, turns, answers } = await turnsDuring(
      importAssessmentsCsv(store, actor, Buffer.from(csv), { dryRun: false }),
      () => anonymous.get('/api/health'),
    );
    expect(outcome).toMatchObject({ rows, created: rows, errors: [] });
    expect(turns).toBeGreaterThanOrEqual(Math.ceil(rows / STAGING_BATCH));
    expect(answers).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM assessments').pluck().get()).toBe(rows);
    // One audit entry per assessment and one for the import, as before.
    expect(auditCount(db, 'assessment')).toBe(rows);
    expect(auditCount(db, 'import')).toBe(1);
  });

  it('a dry run of a large file leaves the event loop free too', async () => {
    const { store, db, anonymous, ids } = await setup(20);
    const { csv, rows } = quarterlyFile(ids);
    const before = dumpAssessments(db);
    const { outcome, answers } = await turnsDuring(
      importAssessmentsCsv(store, actor, Buffer.from(csv), { dryRun: true }),
      () => anonymous.get('/api/health'),
    );
    expect(outcome).toMatchObject({ rows, created: rows, errors: [] });
    expect(answers).toBeGreaterThan(0);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('imports nothing from a file whose upload fails halfway, and reads the next file as usual', async () => {
    const { store, db, ids } = await setup(2);
    const { csv, rows } = quarterlyFile(ids);
    const bytes = Buffer.from(csv);
    const before = dumpAssessments(db);
    const audits = auditCount(db);
    const cutShort = new Error('The client went away');
    async function* halfThenFailure() {
      // Whole rows, that would import by themselves.
      yield bytes.subarray(0, bytes.lastIndexOf('\n', bytes.length / 2) + 1);
      throw cutShort;
    }
    await expect(importAssessmentsCsv(store, actor, halfThenFailure(), { dryRun: false })).rejects.toBe(cutShort);
    expect(dumpAssessments(db)).toEqual(before);
    expect(auditCount(db)).toBe(audits);

    const outcome = await importAssessmentsCsv(store, actor, bytes, { dryRun: false });
    expect(outcome).toMatchObject({ rows, created: rows, errors: [] });
  });

  it(`refuses a file of more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows with 413 naming the limit, dry run or not`, async () => {
    const { db, ids, post } = await setup(1);
    const line = `${ids[0]},2024Q1,${','.repeat(COLUMNS.length - 3)}\n`;
    const before = dumpAssessments(db);
    const audits = auditCount(db);
    for (const query of ['', '?dryRun=1']) {
      const res = await post('assessments', `${COLUMNS.join(',')}\n${line.repeat(MAX_IMPORT_ROWS + 1)}`, query);
      expect(res.status).toBe(413);
      expectErrorShape(res.body);
      expect(res.body.error.message).toContain('more than 100,000 rows');
    }
    const ged = `id,country,adm_1,date_start,best,deaths_civilians\n${'1,Central African Republic,,2020-01-01,1,0\n'.repeat(MAX_IMPORT_ROWS + 1)}`;
    const res = await post('ucdp-ged', ged);
    expect(res.status).toBe(413);
    expect(res.body.error.message).toContain('more than 100,000 rows');
    expect(dumpAssessments(db)).toEqual(before);
    expect(auditCount(db)).toBe(audits);
  }, 120_000);

  it("refuses assessment rows whose period lies outside the mission's life, naming the allowed range", async () => {
    const { store, db, post } = await setup(0);
    const running = addMission(store, { acronym: 'RUN', startDate: '2020-02-15' });
    const ended = addMission(store, {
      acronym: 'END',
      startDate: '2018-01-01',
      endDate: '2019-06-30',
      periodType: 'month',
    });
    const { last } = missionPeriodSpan(running);
    const [afterToday] = periodRange(last, `${Number(last.slice(0, 4)) + 1}Q4`).slice(1);
    // One value each: a row with nothing but its mission and period creates nothing.
    const cells = (id: number, period: string) => `${id},${period},7${','.repeat(COLUMNS.length - 3)}`;
    const file = [
      COLUMNS.join(','),
      cells(running.id, '2019Q4'),
      cells(running.id, '2020Q1'),
      cells(running.id, afterToday),
      cells(running.id, '0000Q1'),
      cells(ended.id, '2017-12'),
      cells(ended.id, '2019-06'),
      cells(ended.id, '2019-07'),
      cells(ended.id, '9999-12'),
    ].join('\n');
    const before = dumpAssessments(db);
    const res = await post('assessments', file);
    expect(res.status).toBe(422);
    const runningRange = `2020 Q1 to ${formatPeriod(last)}`;
    const endedRange = `${formatPeriod('2018-01')} to ${formatPeriod('2019-06')}`;
    const life = (range: string) => `The period must lie within the mission's life: ${range}`;
    expect(res.body.errors).toEqual([
      { row: 2, column: 'period', message: `RUN 2019Q4: ${life(runningRange)}` },
      { row: 4, column: 'period', message: `RUN ${afterToday}: ${life(runningRange)}` },
      // A year no period can have is refused by the period's own rule, before the mission's life.
      { row: 5, column: 'period', message: '"0000Q1": The year of a period must be from 1900 to 2100' },
      { row: 6, column: 'period', message: `END 2017-12: ${life(endedRange)}` },
      { row: 8, column: 'period', message: `END 2019-07: ${life(endedRange)}` },
      { row: 9, column: 'period', message: '"9999-12": The year of a period must be from 1900 to 2100' },
    ]);
    expect(res.body.created).toBe(2);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('refuses GED events dated after today for a mission still running, naming its range', async () => {
    const { store, db, post } = await setup(0);
    const mission = addMission(store, { acronym: 'NOW', country: 'MLI', startDate: '2020-01-01' });
    const { last } = missionPeriodSpan(mission);
    const nextYear = Number(last.slice(0, 4)) + 1;
    const file = [
      'id,country,adm_1,date_start,best,deaths_civilians',
      '1,Mali,,2019-06-01,1,0',
      '2,Mali,,2021-05-01,2,0',
      `3,Mali,,${nextYear}-02-01,3,0`,
      '4,Niger,,2099-02-01,3,0',
    ].join('\n');
    const before = dumpAssessments(db);
    const res = await post('ucdp-ged', file);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      {
        row: 4,
        column: 'date_start',
        message: `${nextYear}-02-01 is in the future for NOW. The period must lie within the mission's life: 2020 Q1 to ${formatPeriod(last)}`,
      },
    ]);
    expect(dumpAssessments(db)).toEqual(before);
    // Without it, the file imports: the 2019 event, before the mission began, is left alone, and
    // the five quarters from 2020 Q1 to 2021 Q1 the file covers are measured, four of them as 0.
    const ok = await post('ucdp-ged', file.split('\n').slice(0, 3).join('\n'));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ created: 5, errors: [] });
  });

  it('stays all or nothing when the write fails late: a period taken while the file was being staged', async () => {
    const { store, db, ids } = await setup(30);
    const { csv, rows } = quarterlyFile(ids);
    expect(rows).toBeGreaterThan(4 * STAGING_BATCH);
    const before = dumpAssessments(db);
    const audits = auditCount(db);
    const importing = importAssessmentsCsv(store, actor, Buffer.from(csv), { dryRun: false }).catch((e) => e);
    // Waits, turn by turn, until a few batches are staged, then takes the file's last period.
    const staged = () => {
      const table = db
        .prepare("SELECT name FROM sqlite_temp_master WHERE type = 'table' AND name LIKE 'import_%_writes'")
        .pluck()
        .get() as string | undefined;
      return table ? (db.prepare(`SELECT count(*) FROM temp.${table}`).pluck().get() as number) : 0;
    };
    while (staged() < 2 * STAGING_BATCH) await new Promise((resolve) => setImmediate(resolve));
    const taken = addAssessment(store, ids.at(-1)!, { period: '2024Q4', values: { violent_incidents: 1 } });

    const error = await importing;
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'conflict' });
    expect(staged()).toBe(0);
    const after = dumpAssessments(db);
    expect(after.assessments).toHaveLength(before.assessments.length + 1);
    expect(after.assessments.at(-1)).toMatchObject({ id: taken.id, period: '2024Q4' });
    expect(auditCount(db)).toBe(audits + 1);
  });

  it('stays all or nothing when a draft it changes is saved by someone else meanwhile (409 over HTTP)', async () => {
    const { store, db, http, ids } = await setup(30);
    const draft = addAssessment(store, ids[0], { period: '2000Q1', values: { violent_incidents: 99 } });
    const { csv } = quarterlyFile(ids);
    const before = dumpAssessments(db);
    const importing = http.post('/api/import/assessments').set('Content-Type', 'text/csv').send(csv);
    const answer = importing.then((res) => res);
    let saved = false;
    while (!saved) {
      await new Promise((resolve) => setImmediate(resolve));
      const table = db
        .prepare("SELECT name FROM sqlite_temp_master WHERE type = 'table' AND name LIKE 'import_%_writes'")
        .pluck()
        .get() as string | undefined;
      if (table && (db.prepare(`SELECT count(*) FROM temp.${table}`).pluck().get() as number) > STAGING_BATCH) {
        const res = await http
          .patch(`/api/assessments/${draft.id}`)
          .send({ version: 1, values: { violent_incidents: 98 } });
        expect(res.status).toBe(200);
        saved = true;
      }
    }
    const res = await answer;
    expect(res.status).toBe(409);
    expectErrorShape(res.body);
    const after = dumpAssessments(db);
    expect(after.assessments).toHaveLength(before.assessments.length);
    expect(store.assessments.get(draft.id)).toMatchObject({ version: 2, values: { violent_incidents: 98 } });
  });
});
