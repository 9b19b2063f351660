import type { ImportRowError } from '@cpea/shared/imports';

// The limits of one import and its list of errors: shared by the readers in the import worker
// and the planning on the server's thread, so free of the database and of HTTP.

/**
 * A file with a systematic mistake (the wrong mission in every row) would otherwise answer with
 * hundreds of thousands of errors, and take long to check; the first thousand say what is wrong.
 */
export const MAX_LISTED_ERRORS = 1000;

/**
 * Rows one import may hold (README, configuration). Bounds the work and the data a single
 * request can bring: one transaction applies them all, and every one is audited.
 */
export const MAX_IMPORT_ROWS = 100_000;

/** Thrown by a reader at the first row past MAX_IMPORT_ROWS: the rest is not read. */
export class TooManyRows extends Error {
  constructor() {
    super(`More than ${MAX_IMPORT_ROWS} rows`);
  }
}

/** The state of an error list, as it crosses from the import worker. */
export interface ErrorListState {
  kept: ImportRowError[];
  total: number;
  stopped: boolean;
}

/** Counts every error and keeps the first MAX_LISTED_ERRORS to list. */
export class ImportErrors {
  private readonly kept: ImportRowError[] = [];
  private total = 0;
  private stopped = false;

  static from(state: ErrorListState): ImportErrors {
    const errors = new ImportErrors();
    errors.kept.push(...state.kept.slice(0, MAX_LISTED_ERRORS));
    errors.total = state.total;
    errors.stopped = state.stopped;
    return errors;
  }

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

  /** Adds another list's errors after these. */
  merge(other: ImportErrors) {
    const { kept, total, stopped } = other.state();
    for (const error of kept) this.add(error);
    this.total += total - kept.length;
    this.stopped ||= stopped;
  }

  state(): ErrorListState {
    return { kept: this.kept, total: this.total, stopped: this.stopped };
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

export const EMPTY_FILE: ImportRowError = {
  row: 1,
  column: null,
  message: 'The file is empty: it needs a header row and one row per assessment',
};
