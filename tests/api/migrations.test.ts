import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/connection';
import { MIGRATIONS_DIR, migrate } from '../../server/src/db/migrate';

function copyMigrations() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-migrations-'));
  for (const name of fs.readdirSync(MIGRATIONS_DIR))
    fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name));
  return dir;
}

describe('migrations', () => {
  it('migrates an empty database to the latest schema, once', () => {
    const db = openDatabase(':memory:');
    const first = migrate(db);
    expect(first.applied.length).toBe(fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining([
        'missions',
        'assessments',
        'assessment_values',
        'assessment_challenges',
        'audit_log',
        'users',
      ]),
    );
    expect(migrate(db).applied).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses to start when a landed migration changed', () => {
    const dir = copyMigrations();
    const db = openDatabase(':memory:');
    migrate(db, dir);
    fs.appendFileSync(path.join(dir, '0001_init.sql'), '\n-- edited after landing\n');
    expect(() => migrate(db, dir)).toThrow(/changed after it was applied/);
  });

  it('applies a new migration after the landed ones, and refuses a gap in numbering', () => {
    const dir = copyMigrations();
    const db = openDatabase(':memory:');
    migrate(db, dir);
    const next = String(fs.readdirSync(dir).length + 1).padStart(4, '0');
    fs.writeFileSync(path.join(dir, `${next}_add_note.sql`), 'ALTER TABLE missions ADD COLUMN note TEXT;');
    expect(migrate(db, dir).applied).toEqual([`${next}_add_note.sql`]);
    fs.writeFileSync(path.join(dir, '0099_gap.sql'), 'SELECT 1;');
    expect(() => migrate(db, dir)).toThrow(/out of sequence/);
  });

  it('sets the pragmas a system of record needs on a file database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-db-'));
    const db = openDatabase(path.join(dir, 'nested', 'cpea.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });
});
