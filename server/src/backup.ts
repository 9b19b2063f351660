// Online backup: `npm run backup -- <file>` copies the live database (CPEA_DB) while the server
// keeps running. One `VACUUM INTO` reads a single snapshot, which writers cannot starve the way
// they restart SQLite's page-by-page backup API; the copy is written under a temporary name,
// checked, flushed, and only then given the target's name, so that name never holds a partial
// or unchecked file. Any failure removes the temporary file and exits non-zero with the reason.
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';

class BackupError extends Error {}

function schemaOf(db: Database.Database): string {
  return JSON.stringify(db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY type, name').all());
}

/** Integrity, and the same schema as the source: an empty file passes an integrity check too. */
function check(copyPath: string, sourceSchema: string) {
  const copy = new Database(copyPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`the copy failed its integrity check: ${String(integrity)}`);
    if (schemaOf(copy) !== sourceSchema) throw new BackupError('the copy does not have the database’s schema');
  } finally {
    copy.close();
  }
}

function fsync(file: string, flags: string) {
  const fd = fs.openSync(file, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function backup(dbPath: string, target: string) {
  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true });
  // Beside the target, so the final step is a link on the same file system.
  const partial = path.join(dir, `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.partial`);
  try {
    const source = new Database(dbPath, { readonly: true, fileMustExist: true });
    let sourceSchema: string;
    try {
      source.pragma('busy_timeout = 5000');
      // Read just before the copy; a migration in between makes the check fail, never pass wrongly.
      sourceSchema = schemaOf(source);
      source.prepare('VACUUM INTO ?').run(partial);
    } finally {
      source.close();
    }
    check(partial, sourceSchema);
    fsync(partial, 'r');
    // link, unlike rename, refuses to replace a file that appeared at the target meanwhile.
    fs.linkSync(partial, target);
    fsync(dir, 'r');
  } finally {
    fs.rmSync(partial, { force: true });
    fs.rmSync(`${partial}-journal`, { force: true });
  }
}

function main() {
  const target = process.argv[2];
  if (!target) {
    console.error('Usage: npm run backup -- <file>');
    process.exit(2);
  }
  const { dbPath } = loadConfig();
  if (!fs.existsSync(dbPath)) {
    console.error(`No database at ${dbPath} (set CPEA_DB)`);
    process.exit(1);
  }
  if (fs.existsSync(target)) {
    console.error(`${target} exists; choose a new file so no backup is overwritten`);
    process.exit(1);
  }
  try {
    backup(dbPath, target);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    console.error(`Backup failed, nothing written to ${target}: ${reason}`);
    process.exit(1);
  }
  console.log(`Backed up ${dbPath} to ${target} (integrity ok)`);
}

main();
