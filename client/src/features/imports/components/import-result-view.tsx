import { useId, type ReactNode, type Ref } from 'react';
import type { ImportResult, ImportRowError } from '@cpea/shared/imports';
import { DataTable, type Column } from '../../../components/data-table';
import { MISSING, formatNumber } from '../../../lib/format';
import { useT, useTranslateMessage, type Translate } from '../../../lib/i18n';
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

function errorColumns(t: Translate, translate: (message: string) => string): Column<ErrorRow>[] {
  return [
    {
      key: 'row',
      header: t('importFlow.result.row'),
      numeric: true,
      sortValue: (error) => error.row,
      cell: (error) =>
        error.row == null ? <span className="muted">{t('importFlow.result.file')}</span> : formatNumber(error.row),
    },
    {
      key: 'column',
      header: t('importFlow.result.column'),
      nowrap: true,
      sortValue: (error) => error.column,
      cell: (error) => (error.column ? <code>{error.column}</code> : <span className="muted">{MISSING}</span>),
    },
    {
      key: 'message',
      header: t('importFlow.result.problem'),
      sortValue: (error) => translate(error.message),
      cell: (error) => translate(error.message),
    },
  ];
}

/** What an import did, or would do: the counts, then every problem with its row and column. */
export function ImportResultView({ result, dryRun, refused, title, children, actions, ref }: ImportResultViewProps) {
  const headingId = useId();
  const t = useT();
  const translate = useTranslateMessage();
  const counts = [
    { key: 'rows', label: t('importFlow.result.rows'), value: result.rows },
    {
      key: 'created',
      label: t(dryRun ? 'importFlow.result.willCreate' : 'importFlow.result.created'),
      value: refused ? 0 : result.created,
    },
    {
      key: 'updated',
      label: t(dryRun ? 'importFlow.result.willUpdate' : 'importFlow.result.updated'),
      value: refused ? 0 : result.updated,
    },
    { key: 'unchanged', label: t('importFlow.result.unchanged'), value: result.unchanged },
    { key: 'refused', label: t('importFlow.result.refused'), value: refusedRows(result) },
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
        {describeResult(result, { dryRun, refused }, t)}
      </p>
      <dl className="import-counts">
        {counts.map((item) => (
          <div key={item.key} className={item.key === 'refused' && item.value > 0 ? 'import-counts--bad' : undefined}>
            <dt>{item.label}</dt>
            <dd>{formatNumber(item.value)}</dd>
          </div>
        ))}
      </dl>
      {result.separator ? (
        <p className="muted">
          {t(result.separator === ';' ? 'importFlow.result.readSemicolons' : 'importFlow.result.readCommas')}
        </p>
      ) : null}
      {children}
      {actions}
      {failed ? (
        <div className="import-errors">
          <DataTable
            caption={t('importFlow.result.problems', { count: result.errors.length })}
            columns={errorColumns(t, translate)}
            rows={result.errors.map((error, key) => ({ ...error, key }))}
            rowKey={(error) => error.key}
            className="data-table--compact"
          />
        </div>
      ) : null}
    </section>
  );
}
