import type { Assessment, Provenance } from '@cpea/shared/assessment';
import type { IndicatorId } from '@cpea/shared/catalog';
import { periodOrdinal } from '@cpea/shared/periods';
import { auditRepo, type AuditInput } from '../db/audit-repo';
import type { Db } from '../db/connection';
import type { Actor } from './actor';
import type { AssessmentWrite, EventSeriesWrite } from './imports';

// The SQL of writing a planned import, on whichever connection commits it (import-apply.ts says
// which). The writes are staged, in short transactions, in TEMP tables (private to the
// connection, never in the database file or its WAL), and then applied in one transaction of
// INSERT … SELECT and UPDATE … FROM statements, no JavaScript per row. A crash or a failure
// before that transaction commits leaves the database as it was.

let nextImport = 1;

/** The staging tables of one import, named for it, so that two imports never share one. */
function stagingTables(id: number) {
  const name = (table: string) => `temp.import_${id}_${table}`;
  return { writes: name('writes'), values: name('values'), challenges: name('challenges'), series: name('series') };
}

type StagingTables = ReturnType<typeof stagingTables>;

/** The writes of one import by `actor` at `now`, staged on `db` until they are applied or dropped. */
export function importStaging(db: Db, actor: Actor, provenance: Provenance, now: string) {
  const tables = stagingTables(nextImport++);
  db.exec(`
    CREATE TABLE ${tables.writes} (
      seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, assessment_id INTEGER, version INTEGER,
      mission_id INTEGER NOT NULL, period TEXT NOT NULL, ordinal INTEGER NOT NULL,
      achievements TEXT NOT NULL, setbacks TEXT NOT NULL, lessons TEXT NOT NULL, before TEXT, after TEXT NOT NULL);
    CREATE TABLE ${tables.values} (seq INTEGER NOT NULL, indicator_id TEXT NOT NULL, value REAL, provenance TEXT);
    CREATE TABLE ${tables.challenges} (seq INTEGER NOT NULL, challenge_id TEXT NOT NULL, severity INTEGER, note TEXT NOT NULL);
    CREATE TABLE ${tables.series} (
      mission_id INTEGER NOT NULL, period TEXT NOT NULL, period_ordinal INTEGER NOT NULL, events INTEGER NOT NULL,
      best INTEGER NOT NULL, low INTEGER, high INTEGER, deaths_civilians INTEGER NOT NULL, state_based INTEGER,
      non_state INTEGER, one_sided INTEGER, ged_version TEXT);
  `);
  const stage = stager(db, tables, actor, provenance, now);
  const insertSeries = db.prepare(`INSERT INTO ${tables.series} VALUES
    (@missionId, @period, @ordinal, @events, @best, @low, @high, @deathsCivilians, @stateBased, @nonState, @oneSided, @gedVersion)`);
  let staged = 0;
  let updates = 0;
  return {
    /** Stages `writes` after those staged before, in one short transaction. */
    stage(writes: readonly AssessmentWrite[]) {
      db.transaction(() => {
        for (const write of writes) {
          stage(++staged, write);
          if (write.kind === 'update') updates++;
        }
      })();
    },
    /** Stages periods of event series, which replace the stored ones of the same mission and period. */
    stageSeries(rows: readonly EventSeriesWrite[]) {
      db.transaction(() => {
        for (const { missionId, period, totals, gedVersion } of rows) {
          insertSeries.run({ missionId, period, ordinal: periodOrdinal(period), ...totals, gedVersion });
        }
      })();
    },
    /**
     * Applies every staged write and records `importEntry`, the import's own audit entry, in one
     * transaction; `beforeCommit` runs last inside it. False, writing nothing, if an assessment
     * it creates or changes was written by someone else since the import was planned.
     */
    apply(importEntry: AuditInput, beforeCommit?: () => void): boolean {
      try {
        db.transaction(() => {
          applyStaged(db, tables, actor, provenance, now, updates);
          applyStagedSeries(db, tables, now);
          auditRepo(db).record(importEntry);
          beforeCommit?.();
        }).immediate();
        return true;
      } catch (error) {
        if (error instanceof ChangedMeanwhile) return false;
        throw error;
      }
    },
    drop() {
      db.exec(
        `DROP TABLE ${tables.writes}; DROP TABLE ${tables.values}; DROP TABLE ${tables.challenges}; DROP TABLE ${tables.series};`,
      );
    },
  };
}

function stager(db: Db, tables: StagingTables, actor: Actor, provenance: Provenance, now: string) {
  const insertWrite = db.prepare(`INSERT INTO ${tables.writes}
    (seq, kind, assessment_id, version, mission_id, period, ordinal, achievements, setbacks, lessons, before, after)
    VALUES (@seq, @kind, @assessmentId, @version, @missionId, @period, @ordinal, @achievements, @setbacks, @lessons, @before, @after)`);
  const insertValue = db.prepare(`INSERT INTO ${tables.values} VALUES (?, ?, ?, ?)`);
  const insertChallenge = db.prepare(`INSERT INTO ${tables.challenges} VALUES (?, ?, ?, ?)`);

  return (seq: number, write: AssessmentWrite) => {
    for (const [indicator, value] of Object.entries(write.values) as [IndicatorId, number | null][]) {
      insertValue.run(seq, indicator, value ?? null, write.sources?.[indicator] ?? null);
    }
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
    provenances[id] = write.sources?.[id] ?? provenance;
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
      provenances[id] = write.sources?.[id] ?? provenance;
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

/** Thrown inside the transaction to roll it back. */
class ChangedMeanwhile extends Error {}

/** The writes that make the import visible, in SQL only; call inside a transaction. */
function applyStaged(
  db: Db,
  tables: StagingTables,
  actor: Actor,
  provenance: Provenance,
  now: string,
  updates: number,
) {
  const archived = db
    .prepare(
      `SELECT count(*) FROM ${tables.writes} s JOIN missions m ON m.id = s.mission_id WHERE s.kind = 'create' AND m.archived = 1`,
    )
    .pluck()
    .get() as number;
  if (archived > 0) throw new ChangedMeanwhile();
  const taken = db
    .prepare(
      `SELECT count(*) FROM ${tables.writes} s JOIN assessments a ON a.mission_id = s.mission_id AND a.period = s.period
       WHERE s.kind = 'create'`,
    )
    .pluck()
    .get() as number;
  if (taken > 0) throw new ChangedMeanwhile();
  // SQLite assigns the new ids (never one used before); each is read back by its mission and period.
  db.prepare(
    `INSERT INTO assessments
       (mission_id, period, period_ordinal, status, achievements, setbacks, lessons, author_id, version, created_at, updated_at)
     SELECT mission_id, period, ordinal, 'draft', achievements, setbacks, lessons, @author, 1, @now, @now
     FROM ${tables.writes} WHERE kind = 'create' ORDER BY seq`,
  ).run({ now, author: actor.userId });
  db.prepare(
    `UPDATE ${tables.writes} SET assessment_id =
       (SELECT a.id FROM assessments a WHERE a.mission_id = ${tables.writes}.mission_id AND a.period = ${tables.writes}.period)
     WHERE kind = 'create'`,
  ).run();
  const changed = db
    .prepare(
      `UPDATE assessments SET achievements = s.achievements, setbacks = s.setbacks, lessons = s.lessons,
         version = assessments.version + 1, updated_at = @now
       FROM ${tables.writes} s
       WHERE s.kind = 'update' AND assessments.id = s.assessment_id AND assessments.version = s.version
         AND assessments.status = 'draft'`,
    )
    .run({ now }).changes;
  if (changed !== updates) throw new ChangedMeanwhile();
  db.prepare(
    `DELETE FROM assessment_values WHERE (assessment_id, indicator_id) IN
       (SELECT s.assessment_id, v.indicator_id FROM ${tables.values} v JOIN ${tables.writes} s ON s.seq = v.seq
        WHERE v.value IS NULL AND s.kind = 'update')`,
  ).run();
  db.prepare(
    `INSERT INTO assessment_values (assessment_id, indicator_id, value, provenance)
     SELECT s.assessment_id, v.indicator_id, v.value, ifnull(v.provenance, @provenance)
     FROM ${tables.values} v JOIN ${tables.writes} s ON s.seq = v.seq WHERE v.value IS NOT NULL
     ON CONFLICT (assessment_id, indicator_id) DO UPDATE SET value = excluded.value, provenance = excluded.provenance`,
  ).run({ provenance });
  db.prepare(
    `INSERT INTO assessment_challenges (assessment_id, challenge_id, severity, note)
     SELECT s.assessment_id, c.challenge_id, c.severity, c.note
     FROM ${tables.challenges} c JOIN ${tables.writes} s ON s.seq = c.seq WHERE true
     ON CONFLICT (assessment_id, challenge_id) DO UPDATE SET severity = excluded.severity, note = excluded.note`,
  ).run();
  db.prepare(
    `INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after)
     SELECT @now, @author, s.kind, 'assessment', s.assessment_id, s.before,
       CASE s.kind WHEN 'create' THEN '{"id":' || s.assessment_id || ',' || s.after ELSE s.after END
     FROM ${tables.writes} s ORDER BY s.seq`,
  ).run({ now, author: actor.userId });
}

/**
 * An event series' staged periods replace the stored ones of the same mission and period; the
 * other periods stay. The low, high and type counts of a file that lacks them stay null, never 0.
 */
function applyStagedSeries(db: Db, tables: StagingTables, now: string) {
  db.prepare(
    `INSERT INTO event_series (mission_id, period, period_ordinal, events, best, low, high, deaths_civilians,
       state_based, non_state, one_sided, ged_version, imported_at)
     SELECT s.mission_id, s.period, s.period_ordinal, s.events, s.best, s.low, s.high, s.deaths_civilians,
       s.state_based, s.non_state, s.one_sided, s.ged_version, @now
     FROM ${tables.series} s JOIN missions m ON m.id = s.mission_id WHERE true
     ON CONFLICT (mission_id, period) DO UPDATE SET period_ordinal = excluded.period_ordinal, events = excluded.events,
       best = excluded.best, low = excluded.low, high = excluded.high, deaths_civilians = excluded.deaths_civilians,
       state_based = excluded.state_based, non_state = excluded.non_state, one_sided = excluded.one_sided,
       ged_version = excluded.ged_version, imported_at = excluded.imported_at`,
  ).run({ now });
}
