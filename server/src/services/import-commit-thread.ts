import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { Provenance } from '@cpea/shared/assessment';
import type { AuditInput } from '../db/audit-repo';
import type { Store } from '../db/store';
import type { Actor } from './actor';
import type { CommitJob, CommitReply, CommitRequest } from './import-commit-worker';
import { returnWorker, takeWorker } from './import-worker-pool';
import type { AssessmentWrite, EventSeriesWrite } from './imports';

// The server's side of committing an import in an import worker: sends it the planned writes a
// slice at a time, each slice copied in a short task of the event loop, then holds the write gate
// while the worker's transaction may be open, so that no write on the server's connection waits
// synchronously for SQLite's write lock (db/write-gate.ts).

/** Writes sent to the worker in one message. */
const WRITES_PER_MESSAGE = 500;

/** Tests only: ways to act at given moments of a commit. */
export const commitTestHooks: {
  /** Runs once every write is staged, before the import waits for the gate. */
  staged: (() => void) | null;
  /**
   * Two Int32s: the worker sets the first to 1 once it has written everything inside its
   * transaction, and waits there until the second is 1.
   */
  pause: SharedArrayBuffer | null;
} = { staged: null, pause: null };

export interface ImportStamp {
  actor: Actor;
  provenance: Provenance;
  /** ISO timestamp of the import's writes. */
  now: string;
}

/**
 * Writes `writes`, `series` and then `importEntry` on a connection of the worker's own to `store`'s database
 * file, all together or nothing. False, writing nothing, if an assessment it creates or changes
 * was written by someone else since the import was planned.
 */
export async function commitInWorker(
  store: Store,
  stamp: ImportStamp,
  writes: readonly AssessmentWrite[],
  series: readonly EventSeriesWrite[],
  importEntry: AuditInput,
): Promise<boolean> {
  const worker = takeWorker();
  const { port1: port, port2 } = new MessageChannel();
  const job: CommitJob = { task: 'commit', file: store.db.name, ...stamp, port: port2, pause: commitTestHooks.pause };
  worker.postMessage(job, [port2]);
  let healthy = true;
  const ask = (request: CommitRequest) =>
    askWorker(worker, port, request).catch((error: unknown) => {
      healthy = false;
      throw error;
    });
  try {
    for (let start = 0; start < writes.length; start += WRITES_PER_MESSAGE) {
      answerOf(await ask({ type: 'stage', writes: writes.slice(start, start + WRITES_PER_MESSAGE) }));
    }
    for (let start = 0; start < series.length; start += WRITES_PER_MESSAGE) {
      answerOf(await ask({ type: 'stage-series', series: series.slice(start, start + WRITES_PER_MESSAGE) }));
    }
    commitTestHooks.staged?.();
    const release = await store.writeGate.hold();
    try {
      return answerOf(await ask({ type: 'apply', importEntry })) === 'applied';
    } finally {
      release();
    }
  } finally {
    port.close();
    if (healthy) returnWorker(worker);
    else void worker.terminate();
  }
}

function answerOf(reply: CommitReply): CommitReply['type'] {
  if (reply.type === 'failed') throw new Error(`The import worker failed: ${reply.message}`);
  return reply.type;
}

/** Sends `request` and resolves with the worker's reply; rejects if the worker stops first. */
function askWorker(worker: Worker, port: MessagePort, request: CommitRequest): Promise<CommitReply> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      port.off('message', onReply);
      worker.off('error', onError).off('exit', onExit);
    };
    const onReply = (reply: CommitReply) => {
      settle();
      resolve(reply);
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = () => {
      settle();
      reject(new Error('The import worker stopped before it finished'));
    };
    port.on('message', onReply);
    worker.on('error', onError).on('exit', onExit);
    port.postMessage(request);
  });
}
