import type { ImportResult, ImportRowError } from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import type { Store } from '../db/store';
import { decodeUtf8 } from '../csv/decode';
import { badRequest } from '../http/app-error';
import type { Actor } from './actor';

// What the assessment CSV import and the UCDP GED import have in common: reading the bytes,
// all-or-nothing application of a plan, the result and the one audit entry per import.

export interface ImportOptions {
  /** Work out and report everything, write nothing. */
  dryRun: boolean;
}

/**
 * A file with a systematic mistake (the wrong mission in every row) would otherwise answer with
 * hundreds of thousands of errors, and take long to check; the first thousand say what is wrong.
 */
export const MAX_LISTED_ERRORS = 1000;

/** Counts every error and keeps the first MAX_LISTED_ERRORS to list. */
export class ImportErrors {
  private readonly kept: ImportRowError[] = [];
  private total = 0;
  private stopped = false;

  add(error: ImportRowError) {
    this.total++;
    if (this.kept.length < MAX_LISTED_ERRORS) this.kept.push(error);
  }

  get count(): number {
    return this.total;
  }

  /** True once no more errors will be listed: checking further rows cannot change the outcome. */
  get full(): boolean {
    return this.kept.length >= MAX_LISTED_ERRORS;
  }

  /** A row was left unchecked because the list is full. */
  skipped() {
    this.stopped = true;
  }

  /** By row; with a last entry saying how many more there are, if some are not listed. */
  list(): ImportRowError[] {
    const listed = [...this.kept].sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity));
    if (this.total === listed.length && !this.stopped) return listed;
    return [
      ...listed,
      {
        row: null,
        column: null,
        message: `Checking stopped after the first ${MAX_LISTED_ERRORS.toLocaleString('en')} errors; fix these and check the file again`,
      },
    ];
  }
}

/** An import worked out in full before anything is written. */
export interface ImportPlan {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The missions written to, by id, with their acronyms. */
  missions: Map<number, string>;
  errors: ImportErrors;
  /** The writes, in order; run only when there are no errors and this is not a dry run. */
  writes: (() => void)[];
}

export function emptyPlan(rows = 0, errors = new ImportErrors()): ImportPlan {
  return { rows, created: 0, updated: 0, unchanged: 0, missions: new Map(), errors, writes: [] };
}

/** Counts a row that creates or updates one of `mission`'s assessments. */
export function countWrite(plan: ImportPlan, mission: Pick<Mission, 'id' | 'acronym'>, kind: 'created' | 'updated') {
  plan[kind]++;
  plan.missions.set(mission.id, mission.acronym);
}

/** The body as text: strict UTF-8, a byte-order mark removed. */
export function readCsvText(body: Buffer): string {
  const decoded = decodeUtf8(body);
  if (!decoded.ok) {
    const message = `The file is not valid UTF-8: byte ${decoded.offset} (line ${decoded.line}) cannot be read. Save it as "CSV UTF-8" and try again`;
    throw badRequest(message, [{ path: 'body', message }]);
  }
  return decoded.text;
}

export const EMPTY_FILE: ImportRowError = {
  row: 1,
  column: null,
  message: 'The file is empty: it needs a header row and one row per assessment',
};

/**
 * Plans the import and, unless it is a dry run or anything is wrong, carries it out, all in one
 * transaction with its audit entries: either every row lands or none does.
 */
export function runImport(
  store: Store,
  actor: Actor,
  action: string,
  options: ImportOptions,
  plan: () => ImportPlan,
): ImportResult {
  return store.transaction(() => {
    const planned = plan();
    const result = resultOf(planned);
    if (planned.errors.count > 0 || options.dryRun) return result;
    for (const write of planned.writes) write();
    const { rows, created, updated, unchanged, missions } = result;
    store.audit.record({
      userId: actor.userId,
      action,
      entity: 'import',
      entityId: null,
      before: null,
      after: { rows, created, updated, unchanged, missions: missions.map((mission) => mission.id) },
    });
    return result;
  });
}

export function resultOf(plan: Omit<ImportPlan, 'writes'>): ImportResult {
  const { rows, created, updated, unchanged } = plan;
  const missions = [...plan.missions]
    .map(([id, acronym]) => ({ id, acronym }))
    .sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'));
  return { rows, created, updated, unchanged, missions, errors: plan.errors.list() };
}

/** A result with nothing but errors, for a file that could not be read at all. */
export function failedResult(rows: number, errors: Iterable<ImportRowError>): ImportResult {
  const list = new ImportErrors();
  for (const error of errors) list.add(error);
  return resultOf(emptyPlan(rows, list));
}
