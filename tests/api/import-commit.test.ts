import { describe, expect, it } from 'vitest';
import { assessmentPatchSchema } from '../../shared/src/assessment';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '../../shared/src/catalog';
import { openDatabase, type Db } from '../../server/src/db/connection';
import { updateAssessment } from '../../server/src/services/assessments';
import { commitTestHooks } from '../../server/src/services/import-commit-thread';
import { archiveMission } from '../../server/src/services/missions';
import { createUser } from '../../server/src/services/users';
import { testConfig } from '../../server/src/config';
import { addAssessment, addMission, auditCount, dumpAssessments } from './csv-helpers';
import { TEST_PASSWORD, expectErrorShape, migratedFile, testApp } from './helpers';
import { ROUTES, fixture, routeName, urlFor } from './endpoint-samples';

// On a database file, an import commits in a worker thread on a connection of its own, holding
// the write gate, while the server's connection goes on reading and its writes wait for it. (On
// an in-memory database, as in the other import tests, it commits on the server's connection.)

const COLUMNS = [
  'mission_id',
  'period',
  ...ENTERED_INDICATORS.map((i) => i.id),
  ...CHALLENGE_IDS.map((c) => `challenge_${c}`),
  'narrative_lessons',
];
const SYSTEM = { userId: null };

/** A wide CSV of `rows`, cells by column name. */
function wideCsv(rows: Record<string, string | number>[]): string {
  return [COLUMNS, ...rows.map((row) => COLUMNS.map((column) => row[column] ?? ''))].map((r) => r.join(',')).join('\n');
}

/**
 * A monthly mission with a draft for 1950-01, and a file that changes that draft and creates the
 * `months` - 1 months after it.
 */
async function setup(db?: Db, months = 12) {
  const ctx = await testApp(db);
  const mission = addMission(ctx.store, { acronym: 'FILE', startDate: '1950-01-01', periodType: 'month' });
  const draft = addAssessment(ctx.store, mission.id, {
    period: '1950-01',
    values: { violent_incidents: 5, conflict_fatalities: 2 },
    challenges: { resources: { severity: 2, note: 'Fuel' } },
  });
  const periods = Array.from(
    { length: months },
    (_, i) => `${1950 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  );
  const csv = wideCsv(
    periods.map((period, i) => ({
      mission_id: mission.id,
      period,
      violent_incidents: 10 + i,
      challenge_resources: i % 5,
      narrative_lessons: `Lessons ${i}`,
    })),
  );
  const post = () => ctx.http.post('/api/import/assessments').set('Content-Type', 'text/csv').send(csv);
  return { ...ctx, mission, draft, post, last: periods.at(-1)! };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** Resolves once `condition` holds, looking again on each turn of the event loop. */
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

/** What an import writes, without the moments it was written at. */
function written(db: Db) {
  const timeless = (value: unknown) =>
    JSON.parse(JSON.stringify(value).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, 'at'));
  return {
    ...timeless(dumpAssessments(db)),
    audit: timeless(
      db
        .prepare(
          "SELECT user_id, action, entity, entity_id, before, after FROM audit_log WHERE entity <> 'user' ORDER BY id",
        )
        .all(),
    ),
    dataVersion: db.prepare('SELECT version FROM data_version').pluck().get(),
  };
}

describe('an import on a database file', () => {
  it('commits in a worker what it commits in memory: the same rows, audit entries and data version', async () => {
    // More writes than the worker is sent in one message.
    const months = 900;
    const inMemory = await setup(undefined, months);
    const onFile = await setup(migratedFile(), months);
    expect(onFile.db.memory).toBe(false);
    expect(written(onFile.db)).toEqual(written(inMemory.db));
    const [memoryAnswer, fileAnswer] = [await inMemory.post(), await onFile.post()];
    expect(fileAnswer.status).toBe(200);
    expect(fileAnswer.body).toMatchObject({ rows: months, created: months - 1, updated: 1, errors: [] });
    expect(fileAnswer.body).toEqual(memoryAnswer.body);
    expect(written(onFile.db)).toEqual(written(inMemory.db));
    expect(auditCount(onFile.db, 'import')).toBe(1);
  });

  it.each<[string, (s: Setup) => unknown]>([
    ['a period it creates is taken', (s) => addAssessment(s.store, s.mission.id, { period: s.last })],
    [
      'a draft it changes is saved',
      (s) =>
        updateAssessment(
          s.store,
          SYSTEM,
          s.draft.id,
          assessmentPatchSchema.parse({ version: 1, values: { violent_incidents: 6 } }),
        ),
    ],
    ['its mission is archived', (s) => archiveMission(s.store, SYSTEM, s.mission.id)],
  ])('answers 409 and writes nothing when, once it has staged its writes, %s', async (_case, writeMeanwhile) => {
    const s = await setup(migratedFile());
    let before;
    commitTestHooks.staged = () => {
      writeMeanwhile(s);
      before = { ...dumpAssessments(s.db), audit: auditCount(s.db) };
    };
    let res;
    try {
      res = await s.post();
    } finally {
      commitTestHooks.staged = null;
    }
    expect(res.status).toBe(409);
    expectErrorShape(res.body);
    expect(res.body.error.message).toContain('nothing was imported');
    expect({ ...dumpAssessments(s.db), audit: auditCount(s.db) }).toEqual(before);
  });

  it('keeps other writes waiting, without blocking, until it has committed, while reads see the data as before it', async () => {
    const s = await setup(migratedFile());
    const other = addAssessment(s.store, s.mission.id, { period: '2000-01' });
    const user = { username: 'fieldanalyst', displayName: 'Field analyst', role: 'analyst' as const };
    await createUser(s.store, SYSTEM, { ...user, password: TEST_PASSWORD }, testConfig);
    const assessmentsBefore = dumpAssessments(s.db).assessments;
    const flags = new Int32Array(new SharedArrayBuffer(8));
    commitTestHooks.pause = flags.buffer as SharedArrayBuffer;
    let importing, patching, signingIn;
    try {
      importing = s.post().then((res) => res);
      await until(() => Atomics.load(flags, 0) === 1);

      // The worker has written the import inside its transaction and holds SQLite's write lock.
      const another = openDatabase(s.db.name);
      another.pragma('busy_timeout = 0');
      expect(() => another.exec('BEGIN IMMEDIATE')).toThrow(/locked/);
      another.close();

      const listed = await s.http.get(`/api/missions/${s.mission.id}/assessments`);
      expect(listed.status).toBe(200);
      expect(listed.body.map((a: { id: number }) => a.id)).toEqual(
        assessmentsBefore.map((a) => (a as { id: number }).id),
      );

      patching = s.http
        .patch(`/api/assessments/${other.id}`)
        .send({ version: 1, values: { violent_incidents: 3 } })
        .then((res) => res);
      signingIn = s.anonymous
        .post('/api/auth/login')
        .send({ username: user.username, password: TEST_PASSWORD })
        .then((res) => res);
      await until(() => s.store.writeGate.waiting.writes === 2);
    } finally {
      commitTestHooks.pause = null;
      Atomics.store(flags, 1, 1);
      Atomics.notify(flags, 1);
    }
    const [imported, patched, signedIn] = await Promise.all([importing, patching, signingIn]);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: 11, updated: 1, errors: [] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, values: { violent_incidents: 3 } });
    expect(signedIn.status).toBe(200);
    // Both were written after the import, in the order they came.
    const entries = s.db
      .prepare(
        "SELECT entity, action FROM audit_log WHERE id > (SELECT max(id) FROM audit_log WHERE entity = 'import')",
      )
      .all();
    expect(entries).toEqual([
      { entity: 'assessment', action: 'update' },
      { entity: 'user', action: 'login' },
    ]);
  });

  it.each(ROUTES.filter(({ endpoint }) => endpoint.method === 'get').map((route) => [routeName(route), route]))(
    '%s writes nothing, so it answers while another connection holds the write lock',
    async (_name, route) => {
      const { db, store, http } = await testApp(migratedFile());
      const f = fixture(store);
      db.pragma('busy_timeout = 0');
      const writer = openDatabase(db.name);
      writer.exec('BEGIN IMMEDIATE');
      try {
        const res = await http.get(urlFor(route, f));
        expect({ status: res.status, body: res.status < 300 ? null : res.body }).toEqual({ status: 200, body: null });
      } finally {
        writer.exec('ROLLBACK');
        writer.close();
      }
    },
  );
});
