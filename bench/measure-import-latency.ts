import http from 'node:http';
import { wideColumns } from '@cpea/shared/imports';
import { csvLine } from '../server/src/csv/writer';
import type { RunningServer } from './server-process';

// How long /api/health takes to answer while a large import runs: the import must not hold up
// the server's event loop. The probes are sent at a fixed rate whether or not the previous one
// has answered, and each is timed from the moment it was due, so a stall counts once for every
// probe it holds up rather than once in all.

export interface LatencyFigures {
  /** Probes sent while the import ran. */
  probes: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same, with the server idle. */
  idleP99Ms: number;
  importSeconds: number;
  bytes: number;
  rows: number;
}

/**
 * About `bytes` of wide rows that all name a mission that does not exist: a systematic mistake,
 * checked in full and refused. Each row carries lessons learnt, so the file stays under the row
 * limit.
 */
export function refusedImportCsv(bytes: number): string {
  const columns = wideColumns();
  const row = csvLine(
    columns.map((column) =>
      column === 'mission_id'
        ? 999_999
        : column === 'period'
          ? '2024Q1'
          : column === 'narrative_lessons'
            ? LESSONS.repeat(2)
            : '',
    ),
  );
  return csvLine(columns) + row.repeat(Math.ceil(bytes / row.length));
}

/** Lessons learnt of about 400 characters, to give imported rows a realistic size. */
export const LESSONS =
  'Patrols reached the villages the month before the election; the early-warning network held. '.repeat(4);

const PROBE_EVERY_MS = 20;
const IDLE_PROBES = 100;

function probe(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}/api/health`, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`health ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

/**
 * POSTs the CSV on a connection of its own: a kept-alive one may have been closed by the server
 * while the idle probes ran, and a 50 MB body written to it would fail halfway.
 */
function postCsv(url: string, cookie: string, csv: Buffer): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent: false, headers: { Cookie: cookie, 'Content-Type': 'text/csv' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(csv);
  });
}

/** Probes every PROBE_EVERY_MS until `until` settles (or `count` probes are sent); their latencies in ms. */
async function probeWhile(url: string, until: Promise<unknown> | null, count = Infinity): Promise<number[]> {
  const latencies: Promise<number>[] = [];
  let over = false;
  void until?.finally(() => (over = true));
  const start = performance.now();
  for (let i = 0; !over && i < count; i++) {
    const due = start + i * PROBE_EVERY_MS;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (over) break;
    latencies.push(probe(url).then(() => performance.now() - due));
  }
  return Promise.all(latencies);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * /api/health latency on `server` while `csv` is imported, which must answer `status`: 200 for
 * a file that imports, 422 for one refused row by row.
 */
export async function measureImportLatency(
  server: RunningServer,
  csv: string,
  status: 200 | 422,
): Promise<LatencyFigures> {
  // Encoded before the clock starts: turning 50 MB of text into bytes holds up the benchmark's own
  // event loop, and the probes it sends, for as long as half a second on a busy machine.
  const body = Buffer.from(csv);
  const idle = (await probeWhile(server.url, null, IDLE_PROBES)).sort((a, b) => a - b);
  const started = performance.now();
  const importing = postCsv(`${server.url}/api/import/assessments`, server.cookie, body);
  const latencies = (await probeWhile(server.url, importing)).sort((a, b) => a - b);
  const answer = await importing;
  const importSeconds = (performance.now() - started) / 1000;
  if (answer.status !== status) {
    throw new Error(`The import answered ${answer.status}: ${JSON.stringify(answer.json).slice(0, 500)}`);
  }
  return {
    probes: latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies[latencies.length - 1],
    idleP99Ms: percentile(idle, 99),
    importSeconds,
    bytes: body.length,
    rows: (answer.json as { rows: number }).rows,
  };
}
