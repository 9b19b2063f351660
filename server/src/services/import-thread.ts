import { setImmediate as nextTurn } from 'node:timers/promises';
import { MessageChannel } from 'node:worker_threads';
import type { CsvSeparator } from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import type { RowKeeping } from './import-assessments-read';
import { ImportErrors } from './import-limits';
import { notUtf8, tooManyRows } from './imports';
import type { FileMessage, ImportJob, ImportKind, WorkerMessage } from './import-worker';
import { returnWorker, takeWorker } from './import-worker-pool';

// The server's side of reading a file in an import worker: hands it the file's chunks as they
// arrive, then its messages on, one per turn of the event loop.

type DataMessage = Exclude<WorkerMessage, { type: 'done' | 'not-utf8' | 'too-many-rows' | 'failed' }>;

/** A CSV file, whole or as it arrives (http/csv-upload.ts). */
export type CsvFile = Uint8Array | AsyncIterable<Uint8Array>;

export interface ReadFile {
  rows: number;
  errors: ImportErrors;
  /** For an assessments file: the separator it was read with. */
  separator?: CsvSeparator;
  /** When asked for: the header and the rows with errors. */
  kept?: RowKeeping;
}

/**
 * Reads `file` in a worker thread, calling `onData` with each batch it sends (one call per turn
 * of the event loop); resolves with the number of rows and the errors found. Throws 400 for
 * bytes that are not UTF-8, 413 for a file over the row limit, and what the file's chunks throw.
 */
export async function readInWorker(
  kind: ImportKind,
  file: CsvFile,
  missions: Mission[],
  onData: (message: DataMessage) => void,
  keepRows = false,
): Promise<ReadFile> {
  const inFlight = new SharedArrayBuffer(4);
  const counter = new Int32Array(inFlight);
  const { port1: bytesPort, port2 } = new MessageChannel();
  const worker = takeWorker();
  const job: ImportJob = {
    task: 'read',
    kind,
    file: port2,
    missions,
    today: new Date().toISOString().slice(0, 10),
    keepRows,
    inFlight,
  };
  worker.postMessage(job, [port2]);

  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let exited = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const onMessage = (message: WorkerMessage) => {
    queue.push(message);
    notify();
  };
  const onError = (error: Error) => {
    failure = error;
    notify();
  };
  const onExit = () => {
    exited = true;
    notify();
  };
  worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  // Only a worker that finished its file is given another.
  let finished = false;

  try {
    for await (const chunk of file instanceof Uint8Array ? [file] : file) {
      const bytes = transferable(chunk);
      bytesPort.postMessage({ type: 'bytes', bytes } satisfies FileMessage, [bytes.buffer as ArrayBuffer]);
    }
    bytesPort.postMessage({ type: 'end' } satisfies FileMessage);
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
      if (message.type === 'done' || message.type === 'not-utf8' || message.type === 'too-many-rows') finished = true;
      switch (message.type) {
        case 'done':
          return {
            rows: message.rows,
            errors: ImportErrors.from(message.errors),
            separator: message.separator,
            kept: message.kept,
          };
        case 'not-utf8':
          throw notUtf8(message.offset, message.line);
        case 'too-many-rows':
          throw tooManyRows();
        case 'failed':
          throw new Error(`The import worker failed: ${message.message}`);
        default:
          onData(message);
          await nextTurn();
      }
    }
  } finally {
    bytesPort.close();
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    if (finished) returnWorker(worker);
    else {
      // Wakes a worker waiting for room, so that it stops at once.
      Atomics.store(counter, 0, 0);
      Atomics.notify(counter, 0);
      void worker.terminate();
    }
  }
}

/** `bytes` itself when it is the whole of its buffer, which the worker then takes over without a copy. */
function transferable(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}
