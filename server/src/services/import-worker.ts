import { parentPort, type MessagePort } from 'node:worker_threads';
import type { Mission } from '@cpea/shared/mission';
import type { CsvSeparator } from '@cpea/shared/imports';
import { decodeUtf8 } from '../csv/decode';
import { readAssessmentRows, type ImportedRow, type RowKeeping } from './import-assessments-read';
import { ImportErrors, TooManyRows, type ErrorListState } from './import-limits';
import { commitImport, type CommitJob } from './import-commit-worker';
import { readGedFile, type GedFileFacts, type GedMissionCounts } from './import-ucdp-ged-read';

// The import worker: receives, decodes, parses and checks files on its own thread, one at a
// time, so that a large or hostile file costs the server's event loop nothing but passing its
// chunks on and the messages it sends back; and commits imports on a connection of its own
// (import-commit-worker.ts).

export type ImportKind = 'assessments' | 'ucdp-ged';

export interface ImportJob {
  task: 'read';
  kind: ImportKind;
  /** The file arrives on this port, FileMessage by FileMessage. */
  file: MessagePort;
  /** The missions as they were when the import began. */
  missions: Mission[];
  /** ISO date: a mission still running lives until this day. */
  today: string;
  /** Whether rows keep their cells and the rows with errors are sent back (valid rows only). */
  keepRows: boolean;
  /**
   * One Int32: the messages sent and not yet handled. The main thread handles a message per
   * turn of its event loop; the worker waits while too many are waiting for it, because Node
   * delivers every waiting message in one go, which would hold that loop up as long as they
   * take to read.
   */
  inFlight: SharedArrayBuffer;
}

/** The file's bytes, chunk by chunk as the server receives them, then its end. */
export type FileMessage = { type: 'bytes'; bytes: Uint8Array } | { type: 'end' };

export type WorkerMessage =
  | { type: 'rows'; rows: ImportedRow[] }
  | { type: 'ged'; missions: GedMissionCounts[]; facts: GedFileFacts }
  | { type: 'done'; rows: number; errors: ErrorListState; separator?: CsvSeparator; kept?: RowKeeping }
  | { type: 'not-utf8'; offset: number; line: number }
  | { type: 'too-many-rows' }
  | { type: 'failed'; message: string };

/** Valid rows are sent on in batches of this many, each one a short task for the main thread. */
const ROWS_PER_MESSAGE = 500;
export const MAX_IN_FLIGHT = 2;

/** Collects the file's chunks, then calls `then` with all of its bytes. */
function receiveFile(port: MessagePort, then: (bytes: Buffer) => void) {
  const chunks: Uint8Array[] = [];
  port.on('message', (message: FileMessage) => {
    if (message.type === 'bytes') {
      chunks.push(message.bytes);
      return;
    }
    port.close();
    then(Buffer.concat(chunks));
  });
}

function run(job: ImportJob, bytes: Buffer, send: (message: WorkerMessage) => void) {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return send({ type: 'not-utf8', offset: decoded.offset, line: decoded.line });
  const today = new Date(`${job.today}T00:00:00Z`);
  try {
    if (job.kind === 'ucdp-ged') {
      const file = readGedFile(decoded.text, job.missions, today);
      send({ type: 'ged', missions: file.missions, facts: file.facts });
      return send({ type: 'done', rows: file.rows, errors: file.errors.state() });
    }
    const errors = new ImportErrors();
    const kept: RowKeeping | undefined = job.keepRows ? { header: [], rejected: [] } : undefined;
    let batch: ImportedRow[] = [];
    const { rows, separator } = readAssessmentRows(
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
      kept,
    );
    if (batch.length > 0) send({ type: 'rows', rows: batch });
    send({ type: 'done', rows, errors: errors.state(), separator, kept });
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
  receiveFile(job.file, (bytes) => {
    try {
      run(job, bytes, send);
    } catch (error) {
      send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
});
