import { execFile, fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from './server-process';
import { median } from './stats';

export interface ThroughputFigures {
  oursPerSecond: number;
  barePerSecond: number;
  /** Express with no middleware sending the same bytes: the floor any Express app starts from. */
  expressPerSecond: number;
  connections: number;
  seconds: number;
  rounds: number;
  bodyBytes: number;
}

export const LOAD = { connections: 10, seconds: 5 };

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon');

/** Requests per second autocannon reaches against `url` on loopback; every answer must be 200. */
async function requestsPerSecond(url: string, cookie: string, seconds = LOAD.seconds): Promise<number> {
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
  return result.requests.total / result.duration;
}

function startBareServer(kind: 'node' | 'express', bodyFile: string): Promise<{ url: string; stop: () => void }> {
  const child = fork(path.join(import.meta.dirname, 'bare-server.ts'), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BARE_SERVER: kind, BARE_BODY_FILE: bodyFile },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) =>
      resolve({ url: `http://127.0.0.1:${message.port}`, stop: () => child.kill('SIGTERM') }),
    );
    child.once('exit', (code) => reject(new Error(`The ${kind} server exited (${code})`)));
  });
}

/**
 * Our mission scores endpoint against bare node:http and bare Express sending the same bytes:
 * same connections, duration and cookie header, each warmed up for a second, then taking turns
 * for `rounds` rounds; the medians.
 */
export async function measureScoresThroughput(
  server: RunningServer,
  missionId: number,
  bodyFile: string,
  rounds: number,
): Promise<ThroughputFigures> {
  const url = `${server.url}/api/missions/${missionId}/scores`;
  const res = await fetch(url, { headers: { Cookie: server.cookie } });
  if (res.status !== 200) throw new Error(`The scores endpoint answered ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  fs.writeFileSync(bodyFile, body);
  const bare = await startBareServer('node', bodyFile);
  const express = await startBareServer('express', bodyFile);
  try {
    const targets = [url, bare.url, express.url];
    for (const target of targets) await requestsPerSecond(target, server.cookie, 1);
    const rates: number[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, target] of targets.entries()) rates[i].push(await requestsPerSecond(target, server.cookie));
    }
    const [oursPerSecond, barePerSecond, expressPerSecond] = rates.map(median);
    return { oursPerSecond, barePerSecond, expressPerSecond, ...LOAD, rounds, bodyBytes: body.length };
  } finally {
    bare.stop();
    express.stop();
    fs.rmSync(bodyFile);
  }
}
