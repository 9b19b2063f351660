import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './connection';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../migrations');

const FILE_NAME = /^(\d{4})_[a-z0-9_]+\.sql$/;

export class MigrationError extends Error {}

interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
  foreignKeysOff: boolean;
}

/**
 * A migration that rebuilds a table other tables refer to says so on a line of its own. SQLite's
 * documented way to rebuild a table needs foreign keys off: with them on, dropping the old table
 * would cascade into its children. The pragma has no effect inside a transaction, so the runner
 * sets it around the file's transaction and checks every key before committing.
 */
const FOREIGN_KEYS_OFF = /^-- migrate: foreign keys off$/m;

function readMigrations(dir: string): MigrationFile[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  return files.map((name, index) => {
    const match = FILE_NAME.exec(name);
    if (!match) throw new MigrationError(`Migration file ${name} is not named NNNN_words.sql`);
    const version = Number(match[1]);
    if (version !== index + 1) throw new MigrationError(`Migration ${name} is out of sequence: expected ${index + 1}`);
    const sql = fs.readFileSync(path.join(dir, name), 'utf8');
    return {
      version,
      name,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
      foreignKeysOff: FOREIGN_KEYS_OFF.test(sql),
    };
  });
}

/**
 * Applies pending migrations in order, each in its own transaction, and refuses to go on if a
 * migration already applied has changed or vanished: the schema in use must be the one on file.
 */
export function migrate(db: Db, dir: string = MIGRATIONS_DIR): { applied: string[] } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const files = readMigrations(dir);
  const landed = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
    checksum: string;
  }[];
  for (const row of landed) {
    const file = files.find((f) => f.version === row.version);
    if (!file) throw new MigrationError(`Migration ${row.name} was applied but its file is missing`);
    if (file.checksum !== row.checksum) {
      throw new MigrationError(`Migration ${file.name} changed after it was applied; add a new migration instead`);
    }
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  const applied: string[] = [];
  for (const file of files.slice(landed.length)) {
    withForeignKeys(db, !file.foreignKeysOff, () =>
      db.transaction(() => {
        db.exec(file.sql);
        if (file.foreignKeysOff) checkForeignKeys(db, file);
        record.run(file.version, file.name, file.checksum, new Date().toISOString());
      })(),
    );
    applied.push(file.name);
  }
  return { applied };
}

function withForeignKeys(db: Db, on: boolean, run: () => void) {
  const before = db.pragma('foreign_keys', { simple: true }) as number;
  if (on) return run();
  db.pragma('foreign_keys = OFF');
  try {
    run();
  } finally {
    db.pragma(`foreign_keys = ${before ? 'ON' : 'OFF'}`);
  }
}

function checkForeignKeys(db: Db, file: MigrationFile) {
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  if (broken.length === 0) return;
  const first = broken[0];
  throw new MigrationError(
    `Migration ${file.name} left ${broken.length} broken foreign keys, first ${first.table} row ${first.rowid} → ${first.parent}`,
  );
}
