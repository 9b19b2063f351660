import type { ImportResult } from '@cpea/shared/imports';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { rejectedFileName } from '../lib/rejected-file';

/** Excel reads a CSV as UTF-8 only after a byte-order mark, as every export starts. */
const UTF8_BOM = '\uFEFF';

/**
 * The rows an import of the valid rows only leaves out, as a file to correct and import again:
 * the file's own columns and a last one giving the reason for each row.
 */
export function RejectedRowsDownload({
  rejected,
  fileName,
  dryRun,
}: {
  rejected: NonNullable<ImportResult['rejected']>;
  fileName: string;
  dryRun: boolean;
}) {
  const t = useT();
  // A data address rather than an object URL: nothing to revoke, and at most a thousand rows.
  const url = `data:text/csv;charset=utf-8,${encodeURIComponent(UTF8_BOM + rejected.csv)}`;
  return (
    <div className="import-rejected">
      <p>
        {t.plural(dryRun ? 'importFlow.rejected.willLeaveOut' : 'importFlow.rejected.leftOut', rejected.rows, {
          count: formatNumber(rejected.rows),
        })}
      </p>
      <a className="button button--small" href={url} download={rejectedFileName(fileName)}>
        <span aria-hidden="true">⤓</span> {t('importFlow.rejected.download')}
      </a>
    </div>
  );
}
