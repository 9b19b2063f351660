import type { ImportResult } from '@cpea/shared/imports';
import type { Translate } from '../../../lib/i18n';

/** Rows of the file refused for at least one problem (the header, row 1, is not a data row). */
export function refusedRows(result: ImportResult): number {
  return new Set(result.errors.flatMap((error) => (error.row != null && error.row > 1 ? [error.row] : []))).size;
}

/** One sentence for the screen and for screen readers: what the import did, or would do. */
export function describeResult(
  result: ImportResult,
  { dryRun, refused }: { dryRun: boolean; refused: boolean },
  t: Translate,
) {
  const { rows, created, updated, unchanged, errors } = result;
  if (dryRun) {
    const counts = t.plural('importFlow.describe.dryRun', rows, {
      created,
      updated,
      unchanged,
      refused: refusedRows(result),
    });
    const next =
      errors.length === 0
        ? t('importFlow.describe.nothingYet')
        : result.rejected
          ? t.plural('importFlow.describe.willLeaveOut', result.rejected.rows)
          : t.plural('importFlow.describe.toFix', errors.length);
    return `${counts} ${next}`;
  }
  if (refused || (errors.length > 0 && !result.rejected)) return t.plural('importFlow.describe.refused', errors.length);
  const imported = t.plural('importFlow.describe.imported', rows, { created, updated, unchanged });
  return result.rejected && result.rejected.rows > 0
    ? `${imported} ${t.plural('importFlow.describe.leftOut', result.rejected.rows)}`
    : imported;
}
