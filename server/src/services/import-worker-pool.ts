import { Worker } from 'node:worker_threads';

// The import workers (import-worker.ts): one reads a file or commits an import at a time. A
// worker that finished its task waits, without keeping the process alive, for the next one:
// starting a thread and loading the checks takes longer than most files.

/** Workers kept waiting for a task; more run at once when imports overlap. */
const MAX_IDLE_WORKERS = 2;
const idle: Worker[] = [];

export function takeWorker(): Worker {
  const worker = idle.pop() ?? new Worker(new URL('./import-worker.mjs', import.meta.url));
  worker.ref();
  return worker;
}

/** Gives back a worker that finished its task. */
export function returnWorker(worker: Worker) {
  if (idle.length >= MAX_IDLE_WORKERS) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push(worker);
}
