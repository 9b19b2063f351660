import { execFile, execFileSync, fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from './server-process';
import { median } from './stats';

/** Requests per second and the server's CPU time per answer, all its threads, user and system. */
export interface Served {
  perSecond: number;
  cpuMicrosPerAnswer: number;
}

export interface ThroughputFigures {
  ours: Served;
  bare: Served;
  /** Express with no middleware sending the same bytes: the floor any Express app starts from. */
  express: Served;
  /** Ours over each reference, measured in the same round, one after the other; the median of the rounds. */
  ratioToBare: number;
  ratioToExpress: number;
  connections: number;
  seconds: number;
  rounds: number;
  bodyBytes: number;
}

export const LOAD = { connections: 10, seconds: 5, rounds: 5 };

const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/** The CPU time a process has used so far, in microseconds: user and system, all threads. */
function cpuMicros(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND) * 1e6;
}

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

/** Requests per second autocannon reaches against `url` on loopback; every answer must be 200. */
async function requestsPerSecond(
  url: string,
  cookie: string,
  seconds = LOAD.seconds,
): Promise<{ total: number; perSecond: number }> {
  const args = [AUTOCANNON, '--json', '-c', String(LOAD.connections), '-d', String(seconds), '-H', `Cookie: ${cookie}`];
  const { stdout } = await promisify(execFile)(process.execPath, [...args, url], { maxBuffer: 16 << 20 });
  const result = JSON.parse(stdout) as {
    requests: { total: number };
    non2xx: number;
    errors: number;
    duration: number;
  };
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`autocannon on ${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return { total: result.requests.total, perSecond: result.requests.total / result.duration };
}

/** `requestsPerSecond`, with the CPU time the server at `pid` spent per answer meanwhile. */
async function served(url: string, cookie: string, pid: number): Promise<Served> {
  const before = cpuMicros(pid);
  const { total, perSecond } = await requestsPerSecond(url, cookie);
  return { perSecond, cpuMicrosPerAnswer: (cpuMicros(pid) - before) / total };
}

function startBareServer(
  kind: 'node' | 'express',
  bodyFile: string,
): Promise<{ url: string; pid: number; stop: () => void }> {
  const child = fork(path.join(import.meta.dirname, 'bare-server.ts'), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BARE_SERVER: kind, BARE_BODY_FILE: bodyFile },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) =>
      resolve({ url: `http://127.0.0.1:${message.port}`, pid: child.pid as number, stop: () => child.kill('SIGTERM') }),
    );
    child.once('exit', (code) => reject(new Error(`The ${kind} server exited (${code})`)));
  });
}

/**
 * Our mission scores endpoint against bare node:http and bare Express sending the same bytes:
 * same connections, duration and cookie header, each warmed up for a second, then taking turns
 * for `LOAD.rounds` rounds. The machine's speed drifts over minutes, and with it every rate: a
 * ratio is taken within each round, from runs a few seconds apart, and the median of those is
 * the figure; rates and CPU times are medians too.
 */
export async function measureScoresThroughput(
  server: RunningServer,
  missionId: number,
  bodyFile: string,
): Promise<ThroughputFigures> {
  const url = `${server.url}/api/missions/${missionId}/scores`;
  const res = await fetch(url, { headers: { Cookie: server.cookie } });
  if (res.status !== 200) throw new Error(`The scores endpoint answered ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  fs.writeFileSync(bodyFile, body);
  const bare = await startBareServer('node', bodyFile);
  const express = await startBareServer('express', bodyFile);
  try {
    const targets = [
      { url, pid: server.pid },
      { url: bare.url, pid: bare.pid },
      { url: express.url, pid: express.pid },
    ];
    for (const target of targets) await requestsPerSecond(target.url, server.cookie, 1);
    const rounds: Served[][] = [];
    for (let round = 0; round < LOAD.rounds; round++) {
      const results: Served[] = [];
      for (const target of targets) results.push(await served(target.url, server.cookie, target.pid));
      rounds.push(results);
    }
    const medianOf = (i: number): Served => ({
      perSecond: median(rounds.map((r) => r[i].perSecond)),
      cpuMicrosPerAnswer: median(rounds.map((r) => r[i].cpuMicrosPerAnswer)),
    });
    return {
      ours: medianOf(0),
      bare: medianOf(1),
      express: medianOf(2),
      ratioToBare: median(rounds.map(([ours, node]) => ours.perSecond / node.perSecond)),
      ratioToExpress: median(rounds.map(([ours, , bareExpress]) => ours.perSecond / bareExpress.perSecond)),
      connections: LOAD.connections,
      seconds: LOAD.seconds,
      rounds: LOAD.rounds,
      bodyBytes: body.length,
    };
  } finally {
    bare.stop();
    express.stop();
    fs.rmSync(bodyFile);
  }
}
