import { useId, type ReactNode, type Ref } from 'react';
import type { ImportResult, ImportRowError } from '@cpea/shared/imports';
import { DataTable, type Column } from '../../../components/data-table';
import { MISSING } from '../../../lib/format';
import { describeResult, refusedRows } from '../lib/describe-result';

interface ImportResultViewProps {
  result: ImportResult;
  dryRun: boolean;
  /** The server refused the import (422): nothing was written. */
  refused: boolean;
  title: string;
  /** Shown under the counts: the missions the file touches. */
  children?: ReactNode;
  /** What to do next (the Import button), between the summary and the list of problems. */
  actions?: ReactNode;
  /** The heading, to move focus to once the import is done. */
  ref?: Ref<HTMLHeadingElement>;
}

type ErrorRow = ImportRowError & { key: number };

const errorColumns: Column<ErrorRow>[] = [
  {
    key: 'row',
    header: 'Row',
    numeric: true,
    cell: (error) => (error.row == null ? <span className="muted">File</span> : error.row.toLocaleString('en')),
  },
  {
    key: 'column',
    header: 'Column',
    nowrap: true,
    cell: (error) => (error.column ? <code>{error.column}</code> : <span className="muted">{MISSING}</span>),
  },
  { key: 'message', header: 'Problem', cell: (error) => error.message },
];

/** What an import did, or would do: the counts, then every problem with its row and column. */
export function ImportResultView({ result, dryRun, refused, title, children, actions, ref }: ImportResultViewProps) {
  const headingId = useId();
  const counts = [
    { label: 'Rows read', value: result.rows },
    { label: dryRun ? 'Will create' : 'Created', value: refused ? 0 : result.created },
    { label: dryRun ? 'Will update' : 'Updated', value: refused ? 0 : result.updated },
    { label: 'Unchanged', value: result.unchanged },
    { label: 'Refused', value: refusedRows(result) },
  ];
  const failed = result.errors.length > 0;
  return (
    <section className={`import-result${failed ? ' import-result--failed' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} ref={ref} tabIndex={-1}>
        {title}
      </h3>
      <p className="import-result__sentence">
        {failed ? (
          <span className="import-result__mark" aria-hidden="true">
            ⚠{' '}
          </span>
        ) : (
          <span className="import-result__mark" aria-hidden="true">
            ✓{' '}
          </span>
        )}
        {describeResult(result, { dryRun, refused })}
      </p>
      <dl className="import-counts">
        {counts.map((item) => (
          <div
            key={item.label}
            className={item.label === 'Refused' && item.value > 0 ? 'import-counts--bad' : undefined}
          >
            <dt>{item.label}</dt>
            <dd>{item.value.toLocaleString('en')}</dd>
          </div>
        ))}
      </dl>
      {children}
      {actions}
      {failed ? (
        <div className="import-errors">
          <DataTable
            caption={`Problems in the file (${result.errors.length.toLocaleString('en')})`}
            columns={errorColumns}
            rows={result.errors.map((error, key) => ({ ...error, key }))}
            rowKey={(error) => error.key}
            className="data-table--compact"
          />
        </div>
      ) : null}
    </section>
  );
}
