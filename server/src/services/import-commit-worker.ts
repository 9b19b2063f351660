import type { MessagePort } from 'node:worker_threads';
import type { Provenance } from '@cpea/shared/assessment';
import type { AuditInput } from '../db/audit-repo';
import { openDatabase, type Db } from '../db/connection';
import type { Actor } from './actor';
import { importStaging } from './import-staging';
import type { AssessmentWrite, EventSeriesWrite } from './imports';

// The import worker's side of committing an import (import-commit-thread.ts is the server's): on
// a connection of its own to the database file, it stages the writes it is sent in TEMP tables,
// then applies them in one transaction while the server's connection goes on reading the last
// committed state (WAL), so that readers see all of the import or none of it. TEMP tables rather
// than tables per import in the database file: a failed or killed import leaves nothing behind to
// clean up, and the WAL receives only the commit.

export interface CommitJob {
  task: 'commit';
  /** The database file. */
  file: string;
  actor: Actor;
  provenance: Provenance;
  /** ISO timestamp of the import's writes. */
  now: string;
  /** The conversation about this import: CommitRequest in, CommitReply out. */
  port: MessagePort;
  /** Tests only: see `commitTestHooks`. */
  pause: SharedArrayBuffer | null;
}

export type CommitRequest =
  | { type: 'stage'; writes: AssessmentWrite[] }
  | { type: 'stage-series'; series: EventSeriesWrite[] }
  | { type: 'apply'; importEntry: AuditInput };

export type CommitReply =
  { type: 'staged' } | { type: 'applied' } | { type: 'changed-meanwhile' } | { type: 'failed'; message: string };

export function commitImport(job: CommitJob) {
  const { port } = job;
  const reply = (message: CommitReply) => port.postMessage(message);
  let db: Db | null = null;
  const close = () => {
    db?.close();
    db = null;
  };
  port.on('close', close);
  try {
    db = openDatabase(job.file);
    const staging = importStaging(db, job.actor, job.provenance, job.now);
    const { pause } = job;
    port.on('message', (request: CommitRequest) => {
      try {
        if (request.type === 'stage') {
          staging.stage(request.writes);
          return reply({ type: 'staged' });
        }
        if (request.type === 'stage-series') {
          staging.stageSeries(request.series);
          return reply({ type: 'staged' });
        }
        const applied = staging.apply(request.importEntry, pause ? () => waitForTest(pause) : undefined);
        // Closed before the answer, so that the import is over when the server hears of it.
        close();
        reply({ type: applied ? 'applied' : 'changed-meanwhile' });
      } catch (error) {
        close();
        reply(failed(error));
      }
    });
  } catch (error) {
    close();
    reply(failed(error));
  }
}

const failed = (error: unknown): CommitReply => ({
  type: 'failed',
  message: error instanceof Error ? (error.stack ?? error.message) : String(error),
});

/** Says it is inside the write transaction, then waits until the test lets it commit. */
function waitForTest(pause: SharedArrayBuffer) {
  const flags = new Int32Array(pause);
  Atomics.store(flags, 0, 1);
  Atomics.wait(flags, 1, 0);
}
