import type { ImportResult } from '@cpea/shared/imports';

/** Rows of the file refused for at least one problem (the header, row 1, is not a data row). */
export function refusedRows(result: ImportResult): number {
  return new Set(result.errors.flatMap((error) => (error.row != null && error.row > 1 ? [error.row] : []))).size;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** One sentence for the screen and for screen readers: what the import did, or would do. */
export function describeResult(result: ImportResult, { dryRun, refused }: { dryRun: boolean; refused: boolean }) {
  const { rows, created, updated, unchanged, errors } = result;
  const n = (value: number) => value.toLocaleString('en');
  const problems = count(errors.length, 'problem', 'problems');
  if (dryRun) {
    const counts = `${count(rows, 'row', 'rows')} read: will create ${n(created)}, will update ${n(updated)}, unchanged ${n(unchanged)}, refused ${n(refusedRows(result))}.`;
    return errors.length > 0
      ? `${counts} ${problems} to fix before the file can be imported; nothing has been written.`
      : `${counts} Nothing has been written yet.`;
  }
  if (refused || errors.length > 0) return `Nothing was imported: ${problems} in the file.`;
  return `Imported ${count(rows, 'row', 'rows')}: created ${n(created)}, updated ${n(updated)}, unchanged ${n(unchanged)}.`;
}
