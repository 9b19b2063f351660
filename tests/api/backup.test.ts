import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import { createStore } from '../../server/src/db/store';
import { createMission } from '../../server/src/services/missions';
import { createAssessment } from '../../server/src/services/assessments';
import { assessmentInputSchema } from '../../shared/src/assessment';
import { missionInputSchema } from '../../shared/src/mission';
import { sampleMission } from './helpers';

const run = promisify(execFile);

function dump(db: ReturnType<typeof openDatabase>) {
  return ['missions', 'assessments', 'assessment_values', 'assessment_challenges', 'audit_log'].map((table) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
  );
}

/** Why the file at `file` is not a whole copy of the test's `writes` table, or null when it is. */
function problemWith(file: string, committedBefore: number): string | null {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') return `integrity: ${String(integrity)}`;
      const { n } = copy.prepare('SELECT count(*) AS n FROM writes').get() as { n: number };
      return n >= committedBefore ? null : `only ${n} writes`;
    } finally {
      copy.close();
    }
  } catch (err) {
    return String(err);
  }
}

describe('npm run backup', () => {
  it('backs up a database that is open and being written, and the restored copy holds the same data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-backup-'));
    const live = path.join(dir, 'live.sqlite');
    const db = openDatabase(live);
    migrate(db);
    const store = createStore(db);
    const mission = createMission(store, { userId: null }, missionInputSchema.parse(sampleMission));
    for (const period of ['2023Q1', '2023Q2', '2023Q3']) {
      createAssessment(
        store,
        { userId: null },
        mission.id,
        assessmentInputSchema.parse({ period, values: { violent_incidents: 7 } }),
      );
    }
    // An uncommitted write in flight must not reach the backup, nor block it.
    db.exec('BEGIN');
    db.prepare("UPDATE missions SET mandate = 'in flight'").run();

    const backup = path.join(dir, 'backups', 'cpea-backup.sqlite');
    const { stdout } = await run('npx', ['tsx', 'server/src/backup.ts', backup], {
      env: { ...process.env, CPEA_DB: live },
    });
    expect(stdout).toMatch(/integrity ok/);
    db.exec('ROLLBACK');

    // Restoring is copying the backup in place of the database while the server is stopped.
    const restoredPath = path.join(dir, 'restored.sqlite');
    fs.copyFileSync(backup, restoredPath);
    const restored = openDatabase(restoredPath);
    expect(dump(restored)).toEqual(dump(db));
    expect(migrate(restored).applied).toEqual([]);
    restored.close();
    db.close();
  });

  it('refuses to overwrite an existing file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-backup-'));
    const live = path.join(dir, 'live.sqlite');
    migrate(openDatabase(live));
    const target = path.join(dir, 'exists.sqlite');
    fs.writeFileSync(target, 'keep me');
    await expect(
      run('npx', ['tsx', 'server/src/backup.ts', target], { env: { ...process.env, CPEA_DB: live } }),
    ).rejects.toThrow();
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  it('finishes under a stream of writes from another connection, and only a complete, checked copy ever has the name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-backup-'));
    const live = path.join(dir, 'live.sqlite');
    const db = openDatabase(live);
    migrate(db);
    // Enough pages that a page-by-page copy takes many steps, each restarted by the next write.
    db.exec('CREATE TABLE writes (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
    db.exec('CREATE TABLE writes_echo (n INTEGER PRIMARY KEY REFERENCES writes(n))');
    const write = db.transaction((payload: string) => {
      const { lastInsertRowid } = db.prepare('INSERT INTO writes (payload) VALUES (?)').run(payload);
      db.prepare('INSERT INTO writes_echo (n) VALUES (?)').run(lastInsertRowid);
    });
    const filler = 'x'.repeat(2000);
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) write(filler);
    })();
    const committedBefore = 5000;

    const backup = path.join(dir, 'cpea-backup.sqlite');
    const child = spawn('npx', ['tsx', 'server/src/backup.ts', backup], {
      env: { ...process.env, CPEA_DB: live },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let running = true;
    void exited.then(() => (running = false));

    // A second connection writes in a loop for as long as the backup runs. Whenever the target
    // name exists, it must already name a complete copy: a reader may take it at any moment.
    let writesDuring = 0;
    let earlyProblem: string | null = null;
    let checkedEarly = false;
    while (running) {
      write(`during ${writesDuring++}`);
      if (!checkedEarly && fs.existsSync(backup)) {
        checkedEarly = true;
        earlyProblem = problemWith(backup, committedBefore);
        if (earlyProblem) child.kill('SIGKILL');
      }
      await nextTurn();
    }
    const code = await exited;
    db.close();
    expect(earlyProblem).toBeNull();
    expect(code, output).toBe(0);
    expect(output).toMatch(/integrity ok/);
    expect(writesDuring).toBeGreaterThan(0);
    expect(fs.readdirSync(dir).filter((name) => name.includes('cpea-backup'))).toEqual(['cpea-backup.sqlite']);

    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('foreign_key_check')).toEqual([]);
    const count = (table: string) => (copy.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    // A snapshot: everything committed before the command started, and every write whole.
    expect(count('writes')).toBeGreaterThanOrEqual(committedBefore);
    expect(count('writes_echo')).toBe(count('writes'));
    copy.close();
    expect(migrate(openDatabase(backup)).applied).toEqual([]);
  }, 120_000);

  it('fails loudly on a database it cannot copy, and leaves nothing under the target name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-backup-'));
    const live = path.join(dir, 'live.sqlite');
    const db = openDatabase(live);
    migrate(db);
    db.exec('CREATE TABLE filler (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO filler (payload) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('y'.repeat(1000));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over the pages in the middle of the file, which hold the filler table.
    const size = fs.statSync(live).size;
    const fd = fs.openSync(live, 'r+');
    fs.writeSync(fd, Buffer.alloc(64 * 1024, 0xa5), 0, 64 * 1024, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);

    const target = path.join(dir, 'cpea-backup.sqlite');
    const failure = await run('npx', ['tsx', 'server/src/backup.ts', target], {
      env: { ...process.env, CPEA_DB: live },
    }).then(
      () => null,
      (err: { code?: number; stderr?: string }) => err,
    );
    expect(failure).not.toBeNull();
    expect(failure?.code).not.toBe(0);
    expect(failure?.stderr).toMatch(/^Backup failed/m);
    expect(fs.readdirSync(dir).filter((name) => name.includes('cpea-backup'))).toEqual([]);
  });
});
