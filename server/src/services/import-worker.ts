import { parentPort } from 'node:worker_threads';
import type { Mission } from '@cpea/shared/mission';
import { decodeUtf8 } from '../csv/decode';
import { readAssessmentRows, type ImportedRow } from './import-assessments-read';
import { ImportErrors, TooManyRows, type ErrorListState } from './import-limits';
import { commitImport, type CommitJob } from './import-commit-worker';
import { readGedFile, type GedFileFacts, type GedMissionCounts } from './import-ucdp-ged-read';

// The import worker: decodes, parses and checks files on its own thread, one at a time, so that
// a large or hostile file costs the server's event loop nothing but the messages it sends back;
// and commits imports on a connection of its own (import-commit-worker.ts).

export type ImportKind = 'assessments' | 'ucdp-ged';

export interface ImportJob {
  task: 'read';
  kind: ImportKind;
  bytes: Uint8Array;
  /** The missions as they were when the import began. */
  missions: Mission[];
  /** ISO date: a mission still running lives until this day. */
  today: string;
  /**
   * One Int32: the messages sent and not yet handled. The main thread handles a message per
   * turn of its event loop; the worker waits while too many are waiting for it, because Node
   * delivers every waiting message in one go, which would hold that loop up as long as they
   * take to read.
   */
  inFlight: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'rows'; rows: ImportedRow[] }
  | { type: 'ged'; missions: GedMissionCounts[]; facts: GedFileFacts }
  | { type: 'done'; rows: number; errors: ErrorListState }
  | { type: 'not-utf8'; offset: number; line: number }
  | { type: 'too-many-rows' }
  | { type: 'failed'; message: string };

/** Valid rows are sent on in batches of this many, each one a short task for the main thread. */
const ROWS_PER_MESSAGE = 500;
export const MAX_IN_FLIGHT = 2;

function run(job: ImportJob, send: (message: WorkerMessage) => void) {
  const decoded = decodeUtf8(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength));
  if (!decoded.ok) return send({ type: 'not-utf8', offset: decoded.offset, line: decoded.line });
  const today = new Date(`${job.today}T00:00:00Z`);
  try {
    if (job.kind === 'ucdp-ged') {
      const file = readGedFile(decoded.text, job.missions, today);
      send({ type: 'ged', missions: file.missions, facts: file.facts });
      return send({ type: 'done', rows: file.rows, errors: file.errors.state() });
    }
    const errors = new ImportErrors();
    let batch: ImportedRow[] = [];
    const rows = readAssessmentRows(
      decoded.text,
      job.missions,
      errors,
      (row) => {
        batch.push(row);
        if (batch.length < ROWS_PER_MESSAGE) return;
        send({ type: 'rows', rows: batch });
        batch = [];
      },
      today,
    );
    if (batch.length > 0) send({ type: 'rows', rows: batch });
    send({ type: 'done', rows, errors: errors.state() });
  } catch (error) {
    if (!(error instanceof TooManyRows)) throw error;
    send({ type: 'too-many-rows' });
  }
}

parentPort!.on('message', (job: ImportJob | CommitJob) => {
  if (job.task === 'commit') return commitImport(job);
  const inFlight = new Int32Array(job.inFlight);
  const send = (message: WorkerMessage) => {
    for (let waiting = Atomics.load(inFlight, 0); waiting >= MAX_IN_FLIGHT; waiting = Atomics.load(inFlight, 0)) {
      Atomics.wait(inFlight, 0, waiting);
    }
    Atomics.add(inFlight, 0, 1);
    parentPort!.postMessage(message);
  };
  try {
    run(job, send);
  } catch (error) {
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
