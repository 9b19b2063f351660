import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Mission } from '@cpea/shared/mission';
import { ImportErrors } from './import-limits';
import { notUtf8, tooManyRows } from './imports';
import type { ImportKind, WorkerMessage } from './import-worker';

// The server's side of the import worker: starts it on one file and hands its messages on, one
// per turn of the event loop.

type DataMessage = Exclude<WorkerMessage, { type: 'done' | 'not-utf8' | 'too-many-rows' }>;

export interface ReadFile {
  rows: number;
  errors: ImportErrors;
}

/**
 * Reads `bytes` in a worker thread, calling `onData` with each batch it sends (one call per turn
 * of the event loop); resolves with the number of rows and the errors found. Throws 400 for
 * bytes that are not UTF-8 and 413 for a file over the row limit.
 */
export async function readInWorker(
  kind: ImportKind,
  bytes: Buffer,
  missions: Mission[],
  onData: (message: DataMessage) => void,
): Promise<ReadFile> {
  // The worker takes the bytes over without a copy when the buffer holds nothing else.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const owned = whole && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
  const inFlight = new SharedArrayBuffer(4);
  const counter = new Int32Array(inFlight);
  const worker = new Worker(new URL('./import-worker.mjs', import.meta.url), {
    workerData: { kind, bytes: owned, missions, today: new Date().toISOString().slice(0, 10), inFlight },
    transferList: [owned.buffer as ArrayBuffer],
  });

  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let exited = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });

  try {
    for (;;) {
      const message = queue.shift();
      if (!message) {
        if (failure) throw failure;
        if (exited) throw new Error('The import worker stopped before it finished');
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      Atomics.sub(counter, 0, 1);
      Atomics.notify(counter, 0);
      switch (message.type) {
        case 'done':
          return { rows: message.rows, errors: ImportErrors.from(message.errors) };
        case 'not-utf8':
          throw notUtf8(message.offset, message.line);
        case 'too-many-rows':
          throw tooManyRows();
        default:
          onData(message);
          await nextTurn();
      }
    }
  } finally {
    void worker.terminate();
  }
}
