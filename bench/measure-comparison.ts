import type { RunningServer } from './server-process';
import { median } from './stats';
import { QUARTERS } from './synthetic-portfolio';

export interface ScaleFigures {
  /** The median latency in each portfolio, in the order given. */
  medianMs: number[];
  runs: number;
}

const COMPARED = 10;
const RUNS = 15;
const WARM_UP = 3;

/** Ten missions spread evenly over the portfolio, so they are not all neighbours in the file. */
function comparedMissions(missionCount: number): number[] {
  return Array.from({ length: COMPARED }, (_, i) => 1 + Math.floor((i * missionCount) / COMPARED));
}

async function comparisonMs(server: RunningServer, missionCount: number): Promise<number> {
  const query = `missions=${comparedMissions(missionCount).join(',')}&from=${QUARTERS[0]}&to=${QUARTERS.at(-1)}`;
  const started = performance.now();
  const res = await fetch(`${server.url}/api/reports/comparison?${query}`, { headers: { Cookie: server.cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`The comparison answered ${res.status}`);
  return performance.now() - started;
}

/**
 * The comparison report's latency in each portfolio, as the median of several runs after a
 * warm-up. The servers are asked in turn, so a passing disturbance on the machine falls on all.
 */
export async function measureComparisonScale(
  portfolios: { server: RunningServer; missions: number }[],
): Promise<ScaleFigures> {
  const latencies: number[][] = portfolios.map(() => []);
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [i, { server, missions }] of portfolios.entries()) {
      const ms = await comparisonMs(server, missions);
      if (run >= WARM_UP) latencies[i].push(ms);
    }
  }
  return { medianMs: latencies.map(median), runs: RUNS };
}
