import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '../../shared/src/catalog';
import { openDatabase } from '../../server/src/db/connection';
import { MIGRATIONS_DIR, migrate } from '../../server/src/db/migrate';
import { addMission } from './csv-helpers';
import { sampleMission, testApp } from './helpers';

// Invariant 6 of issue 13: an assessment id, once used, names one assessment for good, so an
// audit entry's id always means one thing.

const COLUMNS = [
  'mission_id',
  'period',
  ...ENTERED_INDICATORS.map((i) => i.id),
  ...CHALLENGE_IDS.map((c) => `challenge_${c}`),
];

function wideFile(missionId: number, periods: string[]): string {
  const rows = periods.map((period) =>
    COLUMNS.map((c) => (c === 'mission_id' ? missionId : c === 'period' ? period : '')),
  );
  return [COLUMNS, ...rows].map((row) => row.join(',')).join('\n') + '\n';
}

describe('assessment ids', () => {
  it('are never reused after a delete, whether the next one is created by hand or by an import', async () => {
    const { http, store } = await testApp();
    const mission = addMission(store, { acronym: 'IDS' });
    const create = (period: string) => http.post(`/api/missions/${mission.id}/assessments`).send({ period });
    const first = (await create('2024Q1')).body.id as number;
    const second = (await create('2024Q2')).body.id as number;
    expect((await http.delete(`/api/assessments/${second}`)).status).toBe(204);
    const third = (await create('2024Q2')).body.id as number;
    expect(third).toBeGreaterThan(second);

    expect((await http.delete(`/api/assessments/${third}`)).status).toBe(204);
    const imported = await http
      .post('/api/import/assessments')
      .set('Content-Type', 'text/csv')
      .send(wideFile(mission.id, ['2024Q2', '2024Q3']));
    expect(imported.status).toBe(200);
    const ids = store.assessments.listByMission(mission.id).map((a) => a.id);
    expect(ids[0]).toBe(first);
    expect(ids.slice(1).every((id) => id > third)).toBe(true);
    // The import's audit entries name the ids the assessments got.
    const created = store.audit.list({ entity: 'assessment', limit: 100 }).filter((e) => e.action === 'create');
    for (const id of ids.slice(1)) {
      expect(created.find((e) => e.entityId === id)?.after).toMatchObject({ id, missionId: mission.id });
    }
  });
});

describe('migrations that rebuild a table', () => {
  function withExtraMigration(sql: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-migrations-'));
    for (const name of fs.readdirSync(MIGRATIONS_DIR))
      fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name));
    const next = String(fs.readdirSync(dir).length + 1).padStart(4, '0');
    fs.writeFileSync(path.join(dir, `${next}_rebuild.sql`), sql);
    return dir;
  }

  function missionWithValue() {
    const db = openDatabase(':memory:');
    migrate(db);
    const now = new Date(0).toISOString();
    db.prepare(
      `INSERT INTO missions (id, name, acronym, country, mission_type, lead_organisation, setting, start_date, created_at, updated_at)
       VALUES (1, ?, 'M', 'CAF', 'peacekeeping', 'UN', 'mixed', '2020-01-01', ?, ?)`,
    ).run(sampleMission.name, now, now);
    db.prepare(
      `INSERT INTO assessments (mission_id, period, period_ordinal, created_at, updated_at) VALUES (1, '2020Q1', 8080, ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO assessment_values VALUES (1, 'violent_incidents', 3, 'manual')`).run();
    return db;
  }

  const REBUILD = (keysOff: boolean, copy: string) => `${keysOff ? '-- migrate: foreign keys off\n' : ''}
CREATE TABLE assessments_copy (id INTEGER PRIMARY KEY AUTOINCREMENT, mission_id INTEGER NOT NULL, period TEXT NOT NULL,
  period_ordinal INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'draft', achievements TEXT NOT NULL DEFAULT '',
  setbacks TEXT NOT NULL DEFAULT '', lessons TEXT NOT NULL DEFAULT '', author_id INTEGER,
  version INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
INSERT INTO assessments_copy ${copy};
DROP TABLE assessments;
ALTER TABLE assessments_copy RENAME TO assessments;`;

  it('keep the rows of child tables when the file asks for foreign keys off, and turn them back on', () => {
    const db = missionWithValue();
    migrate(db, withExtraMigration(REBUILD(true, 'SELECT * FROM assessments')));
    expect(db.prepare('SELECT count(*) FROM assessment_values').pluck().get()).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('lose them to the cascade without it, which is why the switch exists', () => {
    const db = missionWithValue();
    migrate(db, withExtraMigration(REBUILD(false, 'SELECT * FROM assessments')));
    expect(db.prepare('SELECT count(*) FROM assessment_values').pluck().get()).toBe(0);
  });

  it('are refused and rolled back when they leave a broken foreign key', () => {
    const db = missionWithValue();
    expect(() => migrate(db, withExtraMigration(REBUILD(true, 'SELECT * FROM assessments WHERE 0')))).toThrow(
      /broken foreign keys, first assessment_values/,
    );
    expect(db.prepare('SELECT count(*) FROM assessments').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM assessment_values').pluck().get()).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
