import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/src/db/connection';
import { MIGRATIONS_DIR, migrate } from '../../server/src/db/migrate';
import { createStore } from '../../server/src/db/store';
import { createAssessment } from '../../server/src/services/assessments';
import { PUBLISHED_AT_MIGRATION, publishUnpublishedScores } from '../../server/src/services/published-scores';
import { missionScores } from '../../server/src/services/scores';
import { assessmentInputSchema } from '../../shared/src/assessment';

const SYSTEM = { userId: null };

/** The real migration files up to `last`, in a directory of their own. */
function migrationsUpTo(last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-migrations-'));
  for (const name of fs.readdirSync(MIGRATIONS_DIR)) {
    if (Number(name.slice(0, 4)) <= last) fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name));
  }
  return dir;
}

const NOW = '2024-06-01T00:00:00.000Z';

/** A database at schema 0003 holding a mission with approved, submitted and draft assessments. */
function databaseAtSchema3(): Db {
  const db = openDatabase(':memory:');
  migrate(db, migrationsUpTo(3));
  db.prepare(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at)
     VALUES (1, 'ana', 'Ana', 'analyst', 'x', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO missions (id, name, acronym, country, mission_type, lead_organisation, setting, start_date, created_at, updated_at)
     VALUES (1, 'Old mission', 'OLD', 'CAF', 'peacekeeping', 'UN', 'mixed', '2020-01-01', ?, ?)`,
  ).run(NOW, NOW);
  db.prepare(
    `INSERT INTO mission_targets (mission_id, indicator_id, baseline, target, weight) VALUES (1, 'violent_incidents', 50, 10, 1)`,
  ).run();
  const assessment = db.prepare(
    `INSERT INTO assessments (id, mission_id, period, period_ordinal, status, achievements, author_id, version, created_at, updated_at)
     VALUES (?, 1, ?, ?, ?, ?, 1, 3, ?, ?)`,
  );
  const value = db.prepare(
    `INSERT INTO assessment_values (assessment_id, indicator_id, value, provenance) VALUES (?, ?, ?, 'manual')`,
  );
  const rows: [number, string, number, string, number][] = [
    [2, '2020Q1', 8080, 'approved', 40],
    [3, '2020Q2', 8081, 'approved', 30],
    [5, '2020Q3', 8082, 'submitted', 20],
    [6, '2020Q4', 8083, 'draft', 45],
  ];
  for (const [id, period, ordinal, status, incidents] of rows) {
    assessment.run(id, period, ordinal, status, `Report ${period}`, NOW, NOW);
    value.run(id, 'violent_incidents', incidents);
    value.run(id, 'threat_response_pct', 60);
  }
  db.prepare(
    `INSERT INTO assessment_challenges (assessment_id, challenge_id, severity, note) VALUES (2, 'resources', 3, 'Fuel')`,
  ).run();
  // Assessment 9 was created and deleted: the trail still names it.
  const audit = db.prepare(
    `INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, 1, ?, 'assessment', 9, ?, ?)`,
  );
  audit.run(NOW, 'create', null, '{"id":9}');
  audit.run(NOW, 'delete', '{"id":9}', null);
  return db;
}

const TABLES = ['users', 'missions', 'mission_targets', 'assessments', 'assessment_values', 'assessment_challenges'];

function dump(db: Db) {
  return Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));
}

describe('migration 0004: published scores and lasting ids', () => {
  it('keeps every row of a database at the current schema, and publishes every approved assessment once', () => {
    const db = databaseAtSchema3();
    const before = dump(db);
    const auditBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

    expect(migrate(db, migrationsUpTo(4)).applied).toEqual(['0004_published_scores.sql']);
    expect(dump(db)).toEqual(before);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The code runs on the current schema: the later migrations too.
    expect(migrate(db).applied.slice(0, 2)).toEqual(['0005_event_series.sql', '0006_settings_versions.sql']);

    const store = createStore(db);
    // Before the start-up backfill, the approved ones are scored live, and say so.
    const live = missionScores(store, 1, {}).periods;
    expect(live.map((p) => p.scoreBasis)).toEqual(['live', 'live', 'live', 'live']);

    expect(publishUnpublishedScores(store, SYSTEM, PUBLISHED_AT_MIGRATION)).toBe(2);
    const published = missionScores(store, 1, {}).periods;
    expect(published.map((p) => [p.period, p.status, p.scoreBasis])).toEqual([
      ['2020Q1', 'approved', 'published'],
      ['2020Q2', 'approved', 'published'],
      ['2020Q3', 'submitted', 'live'],
      ['2020Q4', 'draft', 'live'],
    ]);
    // Published as computed under the settings in force at migration: the scores did not move.
    expect(published.map(({ scoreBasis: _b, ...score }) => score)).toEqual(
      live.map(({ scoreBasis: _b, ...score }) => score),
    );
    const stored = db
      .prepare('SELECT settings, settings_version_id FROM published_scores WHERE assessment_id = 3')
      .get() as {
      settings: string;
      settings_version_id: number | null;
    };
    // Published under version 1, which migration 0005 made of the settings in force.
    expect(stored.settings_version_id).toBe(
      db.prepare('SELECT id FROM settings_versions WHERE mission_id = 1').pluck().get(),
    );
    expect(JSON.parse(stored.settings).targets.violent_incidents).toMatchObject({ baseline: 50, target: 10 });

    const entries = db
      .prepare("SELECT entity_id, after FROM audit_log WHERE action = 'publish' ORDER BY entity_id")
      .all() as { entity_id: number; after: string }[];
    expect(entries.map((e) => e.entity_id)).toEqual([2, 3]);
    expect(JSON.parse(entries[0].after)).toMatchObject({ note: expect.stringMatching(/^Published at migration/) });
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore + 2);

    // Idempotent: a second start-up publishes nothing and writes nothing to the trail.
    expect(publishUnpublishedScores(store, SYSTEM, PUBLISHED_AT_MIGRATION)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore + 2);
  });

  it('never hands out again an id the audit trail already names, even one deleted before the migration', () => {
    const db = databaseAtSchema3();
    migrate(db);
    const store = createStore(db);
    const created = createAssessment(store, SYSTEM, 1, assessmentInputSchema.parse({ period: '2021Q1' }));
    expect(created.id).toBe(10);
  });
});
