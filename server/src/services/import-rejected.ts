import { REJECTED_REASON_COLUMN, type CsvSeparator, type ImportRowError } from '@cpea/shared/imports';
import { restoreFormula } from '../csv/formula';
import { csvRecord } from '../csv/writer';
import type { RejectedRow } from './import-assessments-read';

// The rows an import of the valid rows only leaves out, given back as a file to correct and
// import again: the file's header and rows as they were, with a last column saying why.

/**
 * The rejected rows' CSV, or null when an error is not about one of `rows` (the header, a file
 * that cannot be read, an unlisted error): then no row may be imported.
 */
export function rejectedRowsCsv(
  header: readonly string[],
  rows: ReadonlyMap<number, string[]>,
  errors: readonly ImportRowError[],
  separator: CsvSeparator,
): { rows: number; csv: string } | null {
  const reasons = new Map<number, string[]>();
  for (const error of errors) {
    if (error.row == null || !rows.has(error.row)) return null;
    const reason = error.column ? `${error.column}: ${error.message}` : error.message;
    reasons.set(error.row, [...(reasons.get(error.row) ?? []), reason]);
  }
  const ordered: RejectedRow[] = [...rows]
    .filter(([row]) => reasons.has(row))
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => ({ row, cells }));
  let csv = csvRecord([...header, REJECTED_REASON_COLUMN], separator);
  for (const { row, cells } of ordered) {
    // Cells go out as the file had them: restored, then guarded again by the writer.
    const restored = cells.map(restoreFormula);
    csv += csvRecord([...restored, (reasons.get(row) as string[]).join('; ')], separator);
  }
  return { rows: ordered.length, csv };
}
