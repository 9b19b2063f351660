import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type Db = Database.Database;

/**
 * Opens the database with the settings a system of record needs: WAL so readers never block
 * the writer, foreign keys enforced, FULL sync so a committed assessment survives a power cut,
 * and a busy timeout so a concurrent backup or import waits instead of failing. A Buffer opens
 * an in-memory copy of a serialized database.
 */
export function openDatabase(file: string | Buffer): Db {
  if (typeof file === 'string' && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** `make` run once per connection: whatever every store over one connection must share. */
export function onePerConnection<T>(make: (db: Db) => T): (db: Db) => T {
  const made = new WeakMap<Db, T>();
  return (db) => {
    let value = made.get(db);
    if (value === undefined) {
      value = make(db);
      made.set(db, value);
    }
    return value;
  };
}
