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
}

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
    return { version, name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
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
    db.transaction(() => {
      db.exec(file.sql);
      record.run(file.version, file.name, file.checksum, new Date().toISOString());
    })();
    applied.push(file.name);
  }
  return { applied };
}
