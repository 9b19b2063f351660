// Crash safety: start the server on a file database, begin a large CSV import, SIGKILL the
// process at a random moment, restart, and check that the database is intact and the import
// is entirely present or entirely absent. `npm run test:crash`; exits non-zero on any failure.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '../shared/src/catalog';
import { wideColumns } from '../shared/src/imports';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 20);
const MISSIONS = 10;
const PERIODS_PER_MISSION = 1500;
const PASSWORD = 'crash-test-password';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function startServer(dbPath: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      CPEA_DB: dbPath,
      CPEA_DEMO: '0',
      CPEA_ADMIN_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('The server did not start');
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`Sign-in failed: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** One row per (mission, quarter), every indicator and challenge filled. */
function buildCsv(missionIds: number[]): { csv: string; rows: number } {
  const columns = wideColumns();
  const lines = [columns.join(',')];
  for (const missionId of missionIds) {
    for (let i = 0; i < PERIODS_PER_MISSION; i++) {
      const period = `${1500 + Math.floor(i / 4)}Q${(i % 4) + 1}`;
      const cells: Record<string, string | number> = { mission_id: missionId, period };
      for (const indicator of ENTERED_INDICATORS) {
        cells[indicator.id] = indicator.unit === 'rating_1_5' ? 3 : indicator.unit === 'percent' ? 50 : 10;
      }
      for (const challenge of CHALLENGE_IDS) cells[`challenge_${challenge}`] = i % 5;
      lines.push(columns.map((c) => cells[c] ?? '').join(','));
    }
  }
  return { csv: lines.join('\n') + '\n', rows: missionIds.length * PERIODS_PER_MISSION };
}

async function prepareTemplate(dir: string): Promise<{ template: string; csv: string; rows: number }> {
  const template = path.join(dir, 'template.sqlite');
  const { child, base } = await startServer(template);
  const cookie = await signIn(base);
  const ids: number[] = [];
  for (let m = 0; m < MISSIONS; m++) {
    const res = await fetch(`${base}/api/missions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({
        name: `Crash mission ${m}`,
        acronym: `CM${m}`,
        country: 'CAF',
        missionType: 'peacekeeping',
        leadOrganisation: 'UN',
        setting: 'mixed',
        startDate: '1500-01-01',
      }),
    });
    ids.push(((await res.json()) as { id: number }).id);
  }
  await stop(child, 'SIGTERM');
  return { template, ...buildCsv(ids) };
}

function inspect(dbPath: string) {
  const db = new Database(dbPath);
  const integrity = db.pragma('integrity_check', { simple: true });
  const assessments = (db.prepare('SELECT count(*) AS n FROM assessments').get() as { n: number }).n;
  const values = (db.prepare('SELECT count(*) AS n FROM assessment_values').get() as { n: number }).n;
  const imports = (db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'import'").get() as { n: number }).n;
  db.close();
  return { integrity, assessments, values, imports };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-crash-'));
  const { template, csv, rows } = await prepareTemplate(dir);
  const valuesPerRow = ENTERED_INDICATORS.length;

  // One undisturbed import tells how long the work takes, so kills can land before, during
  // and after the commit.
  const timing = path.join(dir, 'timing.sqlite');
  fs.copyFileSync(template, timing);
  const timed = await startServer(timing);
  const cookie = await signIn(timed.base);
  const started = Date.now();
  const res = await fetch(`${timed.base}/api/import/assessments`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv', Cookie: cookie },
    body: csv,
  });
  const importMs = Date.now() - started;
  if (!res.ok) throw new Error(`The reference import failed: ${res.status} ${(await res.text()).slice(0, 500)}`);
  await stop(timed.child, 'SIGTERM');
  console.log(`${rows} rows, ${(csv.length / 1e6).toFixed(1)} MB; an undisturbed import takes ${importMs} ms`);

  let failures = 0;
  const outcomes = { absent: 0, present: 0 };
  for (let trial = 1; trial <= TRIALS; trial++) {
    const dbPath = path.join(dir, `trial-${trial}.sqlite`);
    fs.copyFileSync(template, dbPath);
    const { child, base } = await startServer(dbPath);
    const trialCookie = await signIn(base);
    const delay = Math.floor(Math.random() * importMs * 1.3);
    const request = fetch(`${base}/api/import/assessments`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Cookie: trialCookie },
      body: csv,
    }).catch(() => null);
    await new Promise((r) => setTimeout(r, delay));
    await stop(child, 'SIGKILL');
    await request;

    // Restarting runs the migrations and WAL recovery, as a real restart would.
    const restarted = await startServer(dbPath);
    await stop(restarted.child, 'SIGTERM');
    const state = inspect(dbPath);
    const absent = state.assessments === 0 && state.values === 0 && state.imports === 0;
    const present = state.assessments === rows && state.values === rows * valuesPerRow && state.imports === 1;
    const ok = state.integrity === 'ok' && (absent || present);
    if (!ok) failures++;
    if (absent) outcomes.absent++;
    if (present) outcomes.present++;
    console.log(
      `trial ${trial}: killed after ${delay} ms -> integrity ${String(state.integrity)}, ` +
        `${state.assessments} assessments, ${state.values} values: ${ok ? (absent ? 'absent' : 'present') : 'PARTIAL'}`,
    );
    fs.rmSync(dbPath, { force: true });
    fs.rmSync(`${dbPath}-wal`, { force: true });
    fs.rmSync(`${dbPath}-shm`, { force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(
    `${TRIALS - failures} passed, ${failures} failed (import absent ${outcomes.absent}, present ${outcomes.present})`,
  );
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
