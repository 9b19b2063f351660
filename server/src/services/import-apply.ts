import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Assessment, Provenance } from '@cpea/shared/assessment';
import { periodOrdinal } from '@cpea/shared/periods';
import type { AuditInput } from '../db/audit-repo';
import type { Store } from '../db/store';
import { conflict } from '../domain-error';
import type { Actor } from './actor';
import type { AssessmentWrite } from './imports';

// Writing a planned import without holding up the server, all or nothing. The connection is
// shared by every request, so no transaction may stay open across an await: another request's
// statements would run inside it. Instead the writes are staged, in small transactions with a
// turn of the event loop between them, in TEMP tables (private to the connection, never in the
// database file or its WAL), and then applied in one transaction of INSERT … SELECT and
// UPDATE … FROM statements, no JavaScript per row. A crash or a failure before that transaction
// commits leaves the database as it was; the staging tables are dropped either way.

/** Writes staged per slice: each slice is one short synchronous transaction. */
export const STAGING_BATCH = 100;

let nextImport = 1;

/** The staging tables of one import, named for it, so that two imports never share one. */
function stagingTables(id: number) {
  const name = (table: string) => `temp.import_${id}_${table}`;
  return { writes: name('writes'), values: name('values'), challenges: name('challenges') };
}

/**
 * Applies `writes` and then records `importEntry`, the import's own audit entry. Fails with 409,
 * writing nothing, if an assessment it creates or changes was written by someone else since the
 * import was planned.
 */
export async function applyWrites(
  store: Store,
  actor: Actor,
  provenance: Provenance,
  writes: readonly AssessmentWrite[],
  importEntry: AuditInput,
): Promise<void> {
  const { db } = store;
  const tables = stagingTables(nextImport++);
  const now = new Date().toISOString();
  db.exec(`
    CREATE TABLE ${tables.writes} (
      seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, creation INTEGER, assessment_id INTEGER, version INTEGER,
      mission_id INTEGER NOT NULL, period TEXT NOT NULL, ordinal INTEGER NOT NULL,
      achievements TEXT NOT NULL, setbacks TEXT NOT NULL, lessons TEXT NOT NULL, before TEXT, after TEXT NOT NULL);
    CREATE TABLE ${tables.values} (seq INTEGER NOT NULL, indicator_id TEXT NOT NULL, value REAL);
    CREATE TABLE ${tables.challenges} (seq INTEGER NOT NULL, challenge_id TEXT NOT NULL, severity INTEGER, note TEXT NOT NULL);
  `);
  try {
    const stage = stager(store, tables, actor, provenance, now);
    for (let start = 0; start < writes.length; start += STAGING_BATCH) {
      store.transaction(() => {
        for (let i = start; i < Math.min(start + STAGING_BATCH, writes.length); i++) stage(i + 1, writes[i]);
      });
      await nextTurn();
    }
    apply(store, tables, actor, provenance, now, writes, importEntry);
  } finally {
    db.exec(`DROP TABLE ${tables.writes}; DROP TABLE ${tables.values}; DROP TABLE ${tables.challenges};`);
  }
}

function stager(
  store: Store,
  tables: ReturnType<typeof stagingTables>,
  actor: Actor,
  provenance: Provenance,
  now: string,
) {
  const { db } = store;
  const insertWrite = db.prepare(`INSERT INTO ${tables.writes}
    (seq, kind, creation, assessment_id, version, mission_id, period, ordinal, achievements, setbacks, lessons, before, after)
    VALUES (@seq, @kind, @creation, @assessmentId, @version, @missionId, @period, @ordinal, @achievements, @setbacks, @lessons, @before, @after)`);
  const insertValue = db.prepare(`INSERT INTO ${tables.values} VALUES (?, ?, ?)`);
  const insertChallenge = db.prepare(`INSERT INTO ${tables.challenges} VALUES (?, ?, ?, ?)`);
  let creations = 0;

  return (seq: number, write: AssessmentWrite) => {
    for (const [indicator, value] of Object.entries(write.values)) insertValue.run(seq, indicator, value ?? null);
    for (const [challenge, rating] of Object.entries(write.challenges)) {
      if (rating) insertChallenge.run(seq, challenge, rating.severity, rating.note ?? '');
    }
    if (write.kind === 'create') {
      // The id is known only when the transaction that applies the import runs: the audit
      // entry is staged without it and completed there.
      const { id: _id, ...created } = createdAssessment(write, actor, provenance, now);
      insertWrite.run({
        seq,
        kind: 'create',
        creation: ++creations,
        assessmentId: null,
        version: null,
        missionId: write.missionId,
        period: write.period,
        ordinal: periodOrdinal(write.period),
        ...write.narrative,
        before: null,
        after: JSON.stringify(created).slice(1),
      });
      return;
    }
    const { current } = write;
    insertWrite.run({
      seq,
      kind: 'update',
      creation: null,
      assessmentId: current.id,
      version: current.version,
      missionId: current.missionId,
      period: current.period,
      ordinal: periodOrdinal(current.period),
      ...write.narrative,
      before: JSON.stringify(current),
      after: JSON.stringify(updatedAssessment(write, actor, provenance, now)),
    });
  };
}

/** The assessment as stored and read back, as the audit entry of a single create records it. */
function createdAssessment(
  write: Extract<AssessmentWrite, { kind: 'create' }>,
  actor: Actor,
  provenance: Provenance,
  now: string,
): Assessment {
  const values: Assessment['values'] = {};
  const provenances: Assessment['provenance'] = {};
  for (const [id, value] of Object.entries(write.values) as [keyof Assessment['values'], number | null][]) {
    if (value == null) continue;
    values[id] = value;
    provenances[id] = provenance;
  }
  const challenges: Assessment['challenges'] = {};
  for (const [id, rating] of Object.entries(write.challenges) as [
    keyof Assessment['challenges'],
    { severity: number | null; note?: string },
  ][]) {
    if (rating) challenges[id] = { severity: rating.severity, note: rating.note ?? '' };
  }
  return {
    id: 0,
    missionId: write.missionId,
    period: write.period,
    status: 'draft',
    values,
    provenance: provenances,
    challenges,
    narrative: write.narrative,
    authorId: actor.userId,
    lastEditorId: actor.userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

function updatedAssessment(
  write: Extract<AssessmentWrite, { kind: 'update' }>,
  actor: Actor,
  provenance: Provenance,
  now: string,
): Assessment {
  const { current } = write;
  const values = { ...current.values };
  const provenances = { ...current.provenance };
  for (const [id, value] of Object.entries(write.values) as [keyof Assessment['values'], number | null][]) {
    if (value == null) {
      delete values[id];
      delete provenances[id];
    } else {
      values[id] = value;
      provenances[id] = provenance;
    }
  }
  const challenges = { ...current.challenges };
  for (const [id, rating] of Object.entries(write.challenges) as [
    keyof Assessment['challenges'],
    { severity: number | null; note?: string },
  ][]) {
    if (rating) challenges[id] = { severity: rating.severity, note: rating.note ?? '' };
  }
  return {
    ...current,
    values,
    provenance: provenances,
    challenges,
    narrative: write.narrative,
    lastEditorId: actor.userId,
    version: current.version + 1,
    updatedAt: now,
  };
}

const changedMeanwhile = () =>
  conflict(
    'Assessments in the file were changed by someone else while it was being imported; nothing was imported. Import the file again',
    [{ path: 'body', message: 'An assessment changed while the file was being imported' }],
  );

/** The one transaction that makes the import visible, in SQL only. */
function apply(
  store: Store,
  tables: ReturnType<typeof stagingTables>,
  actor: Actor,
  provenance: Provenance,
  now: string,
  writes: readonly AssessmentWrite[],
  importEntry: AuditInput,
) {
  const { db } = store;
  const updates = writes.filter((write) => write.kind === 'update').length;
  const target = `coalesce(s.assessment_id, @base + s.creation)`;
  store.transaction(() => {
    const archived = db
      .prepare(
        `SELECT count(*) FROM ${tables.writes} s JOIN missions m ON m.id = s.mission_id WHERE s.kind = 'create' AND m.archived = 1`,
      )
      .pluck()
      .get() as number;
    if (archived > 0) throw changedMeanwhile();
    const base = db.prepare('SELECT coalesce(max(id), 0) FROM assessments').pluck().get() as number;
    const taken = db
      .prepare(
        `SELECT count(*) FROM ${tables.writes} s JOIN assessments a ON a.mission_id = s.mission_id AND a.period = s.period
         WHERE s.kind = 'create'`,
      )
      .pluck()
      .get() as number;
    if (taken > 0) throw changedMeanwhile();
    db.prepare(
      `INSERT INTO assessments
         (id, mission_id, period, period_ordinal, status, achievements, setbacks, lessons, author_id, version, created_at, updated_at)
       SELECT @base + creation, mission_id, period, ordinal, 'draft', achievements, setbacks, lessons, @author, 1, @now, @now
       FROM ${tables.writes} WHERE kind = 'create' ORDER BY seq`,
    ).run({ base, now, author: actor.userId });
    const changed = db
      .prepare(
        `UPDATE assessments SET achievements = s.achievements, setbacks = s.setbacks, lessons = s.lessons,
           version = assessments.version + 1, updated_at = @now
         FROM ${tables.writes} s
         WHERE s.kind = 'update' AND assessments.id = s.assessment_id AND assessments.version = s.version
           AND assessments.status = 'draft'`,
      )
      .run({ now }).changes;
    if (changed !== updates) throw changedMeanwhile();
    db.prepare(
      `DELETE FROM assessment_values WHERE (assessment_id, indicator_id) IN
         (SELECT s.assessment_id, v.indicator_id FROM ${tables.values} v JOIN ${tables.writes} s ON s.seq = v.seq
          WHERE v.value IS NULL AND s.kind = 'update')`,
    ).run();
    db.prepare(
      `INSERT INTO assessment_values (assessment_id, indicator_id, value, provenance)
       SELECT ${target}, v.indicator_id, v.value, @provenance
       FROM ${tables.values} v JOIN ${tables.writes} s ON s.seq = v.seq WHERE v.value IS NOT NULL
       ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET value = excluded.value, provenance = excluded.provenance`,
    ).run({ base, provenance });
    db.prepare(
      `INSERT INTO assessment_challenges (assessment_id, challenge_id, severity, note)
       SELECT ${target}, c.challenge_id, c.severity, c.note
       FROM ${tables.challenges} c JOIN ${tables.writes} s ON s.seq = c.seq WHERE true
       ON CONFLICT (assessment_id, challenge_id) DO UPDATE SET severity = excluded.severity, note = excluded.note`,
    ).run({ base });
    db.prepare(
      `INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after)
       SELECT @now, @author, s.kind, 'assessment', ${target}, s.before,
         CASE s.kind WHEN 'create' THEN '{"id":' || (@base + s.creation) || ',' || s.after ELSE s.after END
       FROM ${tables.writes} s ORDER BY s.seq`,
    ).run({ base, now, author: actor.userId });
    store.audit.record(importEntry);
  });
}
