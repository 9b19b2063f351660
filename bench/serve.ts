import type { AddressInfo } from 'node:net';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/connection';
import { createHttpServer } from '../server/src/http-server';
import { createLogger } from '../server/src/logger';

// The CPEA server as a child process of the benchmark, so its memory is measured apart from
// the benchmark's. It listens on loopback, reports its port over IPC, and on request samples
// its own resident set size every 20 ms.

export type ServerMessage = { type: 'listening'; port: number } | { type: 'rss'; baseline: number; peak: number };
export type ControlMessage = { type: 'rss-start' } | { type: 'rss-stop' };

const RSS_SAMPLE_MS = 20;

const config = loadConfig();
const db = openDatabase(config.dbPath);
const app = createApp({ db, config, logger: createLogger(config.logLevel) });
const server = createHttpServer(app).listen(0, '127.0.0.1', () => {
  send({ type: 'listening', port: (server.address() as AddressInfo).port });
});

let sampler: NodeJS.Timeout | null = null;
let baseline = 0;
let peak = 0;

function send(message: ServerMessage) {
  process.send?.(message);
}

process.on('message', (message: ControlMessage) => {
  if (message.type === 'rss-start') {
    baseline = process.memoryUsage.rss();
    peak = baseline;
    sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, RSS_SAMPLE_MS);
  } else if (message.type === 'rss-stop') {
    if (sampler) clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage.rss());
    send({ type: 'rss', baseline, peak });
  }
});

process.on('SIGTERM', () => {
  server.close(() => {
    db.close();
    process.exit(0);
  });
  server.closeAllConnections();
});
