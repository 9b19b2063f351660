import type { RunningServer } from './server-process';
import { median } from './stats';

export interface OverviewFigures {
  /** The median latency of `GET /api/missions` in each portfolio, in the order given. */
  medianMs: number[];
  /** The answer's size in each portfolio, uncompressed. */
  bytes: number[];
  runs: number;
}

const RUNS = 7;
const WARM_UP = 2;

async function overviewMs(server: RunningServer): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/missions`, { headers: { Cookie: server.cookie } });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`The overview answered ${res.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

/**
 * The overview's latency in each portfolio, as the median of several runs after a warm-up,
 * the servers asked in turn so that a passing disturbance falls on all.
 */
export async function measureOverviewScale(portfolios: { server: RunningServer }[]): Promise<OverviewFigures> {
  const latencies: number[][] = portfolios.map(() => []);
  const bytes: number[] = portfolios.map(() => 0);
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [i, { server }] of portfolios.entries()) {
      const answer = await overviewMs(server);
      bytes[i] = answer.bytes;
      if (run >= WARM_UP) latencies[i].push(answer.ms);
    }
  }
  return { medianMs: latencies.map(median), bytes, runs: RUNS };
}
