// Online backup: `npm run backup -- <file>` copies the live database (CPEA_DB) page by page
// while the server keeps running, through SQLite's backup API.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';

async function main() {
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
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  await db.backup(target);
  db.close();
  const check = new Database(target, { readonly: true });
  const integrity = check.pragma('integrity_check', { simple: true });
  check.close();
  if (integrity !== 'ok') {
    console.error(`The backup failed its integrity check: ${String(integrity)}`);
    process.exit(1);
  }
  console.log(`Backed up ${dbPath} to ${target} (integrity ok)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
