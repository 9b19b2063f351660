import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { BENCH_ADMIN } from './generate';
import type { ControlMessage, ServerMessage } from './serve';

export interface RunningServer {
  url: string;
  /** The server process, whose CPU time a measurement may read. */
  pid: number;
  /** The session cookie of the benchmark admin, as a Cookie header. */
  cookie: string;
  /** The server's peak resident set size above its size when sampling began, in bytes, while `work` runs. */
  rssGrowthDuring(work: () => Promise<void>): Promise<number>;
  stop(): Promise<void>;
}

function nextMessage<T extends ServerMessage['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ServerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServerMessage) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) => reject(new Error(`The server exited (${code}) before sending ${type}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (res.status !== 200) throw new Error(`Sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie()[0];
  return cookie.slice(0, cookie.indexOf(';'));
}

/** Starts the CPEA server on `dbFile` in a child process, as deployed (log level info), and signs in. */
export async function startServer(
  dbFile: string,
  script = path.join(import.meta.dirname, 'serve.ts'),
): Promise<RunningServer> {
  const child = fork(script, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, CPEA_DB: dbFile, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { port } = await nextMessage(child, 'listening');
  const url = `http://127.0.0.1:${port}`;
  const control = (message: ControlMessage) => child.send(message);
  return {
    url,
    pid: child.pid as number,
    cookie: await signIn(url),
    async rssGrowthDuring(work) {
      control({ type: 'rss-start' });
      await work();
      const stopped = nextMessage(child, 'rss');
      control({ type: 'rss-stop' });
      const { baseline, peak } = await stopped;
      return peak - baseline;
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode != null || child.signalCode != null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
