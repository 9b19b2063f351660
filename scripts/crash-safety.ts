// Crash safety: start the server on a file database, begin a large CSV import, SIGKILL the
// process while the import's write transaction is open, restart, and check that the database is
// intact and the import entirely absent; then SIGKILL it just after an import was acknowledged
// and check that the import is there in full. `npm run test:crash`; exits non-zero on any failure.
//
// A kill is known to land inside the write transaction because the import stages its rows in
// TEMP tables (on the import worker's own connection), outside the database file, and only its
// final transaction writes to the WAL: the kill waits until the WAL has grown past a mark chosen
// below what the whole transaction writes (measured by an undisturbed import), and the trial then
// requires that no answer came back.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '../shared/src/catalog';
import { wideColumns } from '../shared/src/imports';

const TRIALS = Number(process.env.CRASH_TRIALS ?? 20);
/** Kills just after the answer: an acknowledged import must survive. */
const ACKNOWLEDGED_TRIALS = Number(process.env.CRASH_ACKNOWLEDGED_TRIALS ?? 5);
const MISSIONS = 50;
/** Quarters from 1950Q1: within the missions' life, which begins in 1950. */
const PERIODS_PER_MISSION = 300;
/**
 * The kill is sent once the WAL has taken at most this share of what the write transaction puts
 * there: on a busy machine the transaction can write several megabytes between the check and the
 * kill (4 MB of margin let one kill in 20 land after the commit).
 */
const LATEST_MARK = 0.5;
const MARGIN_BYTES = 4 * 1024 * 1024;
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
      const period = `${1950 + Math.floor(i / 4)}Q${(i % 4) + 1}`;
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
        startDate: '1950-01-01',
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
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const state = {
    integrity,
    assessments: count('SELECT count(*) AS n FROM assessments'),
    values: count('SELECT count(*) AS n FROM assessment_values'),
    challenges: count('SELECT count(*) AS n FROM assessment_challenges'),
    audits: count("SELECT count(*) AS n FROM audit_log WHERE entity = 'assessment'"),
    imports: count("SELECT count(*) AS n FROM audit_log WHERE entity = 'import'"),
  };
  db.close();
  return state;
}

type State = ReturnType<typeof inspect>;

function walSize(dbPath: string): number {
  try {
    return fs.statSync(`${dbPath}-wal`).size;
  } catch {
    return 0;
  }
}

/** Resolves once the WAL is larger than `mark` bytes, checking every millisecond. */
function walPast(dbPath: string, mark: number, give: Promise<unknown>): Promise<boolean> {
  return new Promise((resolve) => {
    let over = false;
    void give.then(() => (over = true));
    const check = () => {
      if (walSize(dbPath) > mark) return resolve(true);
      if (over) return resolve(false);
      setTimeout(check, 1);
    };
    check();
  });
}

function removeDatabase(dbPath: string) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
}

function postImport(base: string, cookie: string, csv: string): Promise<number | null> {
  return fetch(`${base}/api/import/assessments`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv', Cookie: cookie },
    body: csv,
  }).then(
    async (res) => {
      await res.arrayBuffer();
      return res.status;
    },
    () => null,
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-crash-'));
  const { template, csv, rows } = await prepareTemplate(dir);
  const full = {
    assessments: rows,
    values: rows * ENTERED_INDICATORS.length,
    challenges: rows * CHALLENGE_IDS.length,
    audits: rows,
    imports: 1,
  };
  const isAbsent = (s: State) =>
    s.assessments === 0 && s.values === 0 && s.challenges === 0 && s.audits === 0 && s.imports === 0;
  const isPresent = (s: State) => (Object.keys(full) as (keyof typeof full)[]).every((key) => s[key] === full[key]);

  // One undisturbed import tells how much the write transaction puts in the WAL.
  const timing = path.join(dir, 'timing.sqlite');
  fs.copyFileSync(template, timing);
  const timed = await startServer(timing);
  const cookie = await signIn(timed.base);
  const walBefore = walSize(timing);
  const started = Date.now();
  const status = await postImport(timed.base, cookie, csv);
  const importMs = Date.now() - started;
  const walGrowth = walSize(timing) - walBefore;
  await stop(timed.child, 'SIGTERM');
  if (status !== 200) throw new Error(`The reference import failed: ${status}`);
  if (!isPresent(inspect(timing))) throw new Error('The reference import is not complete');
  if (walGrowth < 2 * MARGIN_BYTES) throw new Error(`The import wrote only ${walGrowth} bytes to the WAL`);
  console.log(
    `${rows} rows, ${(csv.length / 1e6).toFixed(1)} MB; an undisturbed import takes ${importMs} ms ` +
      `and its write transaction puts ${(walGrowth / 1e6).toFixed(1)} MB in the WAL`,
  );

  let failures = 0;
  const report = (trial: string, ok: boolean, detail: string, state: State) => {
    if (!ok) failures++;
    console.log(
      `${trial}: ${detail} -> integrity ${String(state.integrity)}, ${state.assessments} assessments, ` +
        `${state.values} values, ${state.challenges} challenges, ${state.audits + state.imports} audit entries: ` +
        `${ok ? 'ok' : 'FAILED'}`,
    );
  };

  for (let trial = 1; trial <= TRIALS; trial++) {
    const dbPath = path.join(dir, `trial-${trial}.sqlite`);
    fs.copyFileSync(template, dbPath);
    const { child, base } = await startServer(dbPath);
    const trialCookie = await signIn(base);
    const baseline = walSize(dbPath);
    const mark = baseline + 256 * 1024 + Math.floor(Math.random() * (walGrowth * LATEST_MARK - 256 * 1024));
    let answered: number | null = null;
    const request = postImport(base, trialCookie, csv).then((s) => (answered = s));
    const reached = await walPast(dbPath, mark, request);
    await stop(child, 'SIGKILL');
    await request;

    // Restarting runs the migrations and WAL recovery, as a real restart would.
    const restarted = await startServer(dbPath);
    await stop(restarted.child, 'SIGTERM');
    const state = inspect(dbPath);
    // Inside the transaction: the WAL had grown past the mark, no answer came, nothing is left.
    const ok = reached && answered === null && state.integrity === 'ok' && isAbsent(state);
    const where = reached
      ? `killed at ${((mark - baseline) / 1e6).toFixed(1)} MB of WAL`
      : 'the WAL never reached the mark';
    report(`trial ${trial}`, ok, `${where}, answer ${answered ?? 'none'}`, state);
    removeDatabase(dbPath);
  }

  for (let trial = 1; trial <= ACKNOWLEDGED_TRIALS; trial++) {
    const dbPath = path.join(dir, `acknowledged-${trial}.sqlite`);
    fs.copyFileSync(template, dbPath);
    const { child, base } = await startServer(dbPath);
    const answered = await postImport(base, await signIn(base), csv);
    await stop(child, 'SIGKILL');
    const restarted = await startServer(dbPath);
    await stop(restarted.child, 'SIGTERM');
    const state = inspect(dbPath);
    const ok = answered === 200 && state.integrity === 'ok' && isPresent(state);
    report(`acknowledged ${trial}`, ok, `killed after answer ${answered ?? 'none'}`, state);
    removeDatabase(dbPath);
  }

  fs.rmSync(dir, { recursive: true, force: true });
  const total = TRIALS + ACKNOWLEDGED_TRIALS;
  console.log(
    `${total - failures} passed, ${failures} failed (${TRIALS} killed inside the write transaction, ` +
      `${ACKNOWLEDGED_TRIALS} killed after the import was acknowledged)`,
  );
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
