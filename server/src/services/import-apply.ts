import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Provenance } from '@cpea/shared/assessment';
import type { AuditInput } from '../db/audit-repo';
import type { Store } from '../db/store';
import { conflict } from '../domain-error';
import type { Actor } from './actor';
import { commitInWorker, type ImportStamp } from './import-commit-thread';
import { importStaging } from './import-staging';
import type { AssessmentWrite, EventSeriesWrite } from './imports';

// Writing a planned import without holding up the server, all or nothing. The transaction that
// makes it visible takes time in proportion to its rows, so on a database file it runs in an
// import worker, on a connection of its own (import-commit-thread.ts); the server's connection
// goes on reading meanwhile, and its writes wait for the commit without blocking (write-gate.ts).
// An in-memory database cannot be opened twice: there, the import is staged on the server's
// connection, in small transactions with a turn of the event loop between them, and applied in
// one transaction on it. That connection is shared by every request, so no transaction may stay
// open across an await: another request's statements would run inside it.

/** Writes staged per slice on the server's connection: each slice is one short synchronous transaction. */
export const STAGING_BATCH = 100;

/**
 * Applies `writes` and `series` and then records `importEntry`, the import's own audit entry. Fails with 409,
 * writing nothing, if an assessment it creates or changes was written by someone else since the
 * import was planned.
 */
export async function applyWrites(
  store: Store,
  actor: Actor,
  provenance: Provenance,
  writes: readonly AssessmentWrite[],
  series: readonly EventSeriesWrite[],
  importEntry: AuditInput,
): Promise<void> {
  const stamp = { actor, provenance, now: new Date().toISOString() };
  const applied = store.db.memory
    ? await applyOnServerConnection(store, stamp, writes, series, importEntry)
    : await commitInWorker(store, stamp, writes, series, importEntry);
  if (!applied) throw changedMeanwhile();
}

async function applyOnServerConnection(
  store: Store,
  { actor, provenance, now }: ImportStamp,
  writes: readonly AssessmentWrite[],
  series: readonly EventSeriesWrite[],
  importEntry: AuditInput,
): Promise<boolean> {
  const staging = importStaging(store.db, actor, provenance, now);
  try {
    for (let start = 0; start < writes.length; start += STAGING_BATCH) {
      staging.stage(writes.slice(start, start + STAGING_BATCH));
      await nextTurn();
    }
    for (let start = 0; start < series.length; start += STAGING_BATCH) {
      staging.stageSeries(series.slice(start, start + STAGING_BATCH));
      await nextTurn();
    }
    return staging.apply(importEntry);
  } finally {
    staging.drop();
  }
}

const changedMeanwhile = () =>
  conflict(
    'Assessments in the file were changed by someone else while it was being imported; nothing was imported. Import the file again',
    [{ path: 'body', message: 'An assessment changed while the file was being imported' }],
  );
