import { isValidElement, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useLocale, useT } from '../lib/i18n';
import {
  FILTER_FROM_ROWS,
  PAGE_SIZE,
  filterRows,
  nextSort,
  pageOf,
  sortFromParam,
  sortRows,
  sortToParam,
  type SortDirection,
  type SortValue,
  type TableSort,
} from './table-view';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  /** The header in words where `header` is not plain text: it labels the value on a phone's card. */
  label?: string;
  cell: (row: Row) => ReactNode;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  /** The cell that names the row (a `<th scope="row">`). */
  rowHeader?: boolean;
  /** Short values that must not break, such as `2024 Q1`. */
  nowrap?: boolean;
  /** What the column sorts by; a column without it cannot be sorted. */
  sortValue?: (row: Row) => SortValue;
  /** The direction of the first click: descending suits scores, where the best is wanted first. */
  firstSort?: SortDirection;
  /** The words the filter box searches in this column, where the cell's written-out words are not enough. */
  filterText?: (row: Row) => string;
  /** A class for one row's cell, such as a status tint. */
  cellClassName?: (row: Row) => string;
}

function cellClass<Row>(column: Column<Row>, row: Row) {
  return (
    [column.numeric ? 'num' : '', column.nowrap ? 'nowrap' : '', column.cellClassName?.(row) ?? '']
      .filter(Boolean)
      .join(' ') || undefined
  );
}

function columnLabel(column: Column<unknown>) {
  return column.label ?? (typeof column.header === 'string' ? column.header : undefined);
}

interface DataTableProps<Row> {
  caption: ReactNode;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  className?: string;
  /**
   * Keeps the sort, filter and page in the URL under this prefix (`''` for none), on screens that
   * keep their other state there, so a shared link opens the same view. Otherwise they live here.
   */
  urlState?: string;
  /** What the rows are, in a few words ("missions"), for the filter box's label. */
  name?: string;
  rowClassName?: (row: Row) => string | undefined;
  /** The order before the reader picks one, such as the newest period first. */
  defaultSort?: TableSort;
  /** Reference rows (a baseline, a target) kept above the others on every page, whatever the sort or filter. */
  pinnedRows?: readonly Row[];
}

interface ViewState {
  sort: TableSort | null;
  filter: string;
  page: number;
}

/** The sort, filter and page, kept in the URL under a prefix or in component state. */
function useViewState(prefix: string | undefined): [ViewState, (patch: Partial<ViewState>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const [local, setLocal] = useState<ViewState>({ sort: null, filter: '', page: 1 });
  if (prefix == null) return [local, (patch) => setLocal((state) => ({ ...state, ...patch }))];
  const name = (key: string) => `${prefix}${key}`;
  const state: ViewState = {
    sort: sortFromParam(searchParams.get(name('sort'))),
    filter: searchParams.get(name('filter')) ?? '',
    page: Number(searchParams.get(name('page'))) || 1,
  };
  const update = (patch: Partial<ViewState>) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        const set = (key: string, value: string | null) =>
          value ? next.set(name(key), value) : next.delete(name(key));
        if ('sort' in patch) set('sort', sortToParam(patch.sort ?? null));
        if ('filter' in patch) set('filter', patch.filter ?? '');
        if ('page' in patch) set('page', patch.page && patch.page > 1 ? String(patch.page) : null);
        return next;
      },
      { replace: true },
    );
  };
  return [state, update];
}

/** The words a cell shows, as far as they are written out in it (not those a component works out). */
function nodeText(node: ReactNode): string {
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(nodeText).join(' ');
  if (isValidElement<{ children?: ReactNode }>(node)) return nodeText(node.props.children);
  return '';
}

/**
 * A dense table whose columns sort, with a filter box once it is long and pages past fifty rows.
 * Below 640 px each row becomes a card, every value labelled by its column's header.
 */
export function DataTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  className,
  urlState,
  name,
  rowClassName,
  defaultSort,
  pinnedRows = [],
}: DataTableProps<Row>) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const [view, setView] = useViewState(urlState);
  const sort = view.sort ?? defaultSort ?? null;
  const collator = useMemo(() => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }), [locale]);

  const rowText = (row: Row) =>
    columns
      .map((column) => column.filterText?.(row) ?? `${nodeText(column.cell(row))} ${column.sortValue?.(row) ?? ''}`)
      .join(' ');
  const hasFilter = rows.length > FILTER_FROM_ROWS;
  const filtered = hasFilter ? filterRows(rows, view.filter, rowText) : rows;
  const sortColumn = sort ? columns.find((column) => column.key === sort.key && column.sortValue) : undefined;
  const sorted =
    sortColumn?.sortValue && sort ? sortRows(filtered, sortColumn.sortValue, sort.direction, collator) : filtered;
  const page = pageOf(sorted.length, view.page);
  const shown = sorted.length > PAGE_SIZE ? sorted.slice(page.start, page.end) : sorted;

  const renderRow = (row: Row) => (
    <tr key={rowKey(row)} className={rowClassName?.(row)}>
      {columns.map((column) =>
        column.rowHeader ? (
          <th key={column.key} scope="row" className={cellClass(column, row)}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={column.key} className={cellClass(column, row)} data-label={columnLabel(column as Column<unknown>)}>
            {column.cell(row)}
          </td>
        ),
      )}
    </tr>
  );

  return (
    <div className="data-table-view">
      {hasFilter ? (
        <div className="data-table-view__filter">
          <label htmlFor={`${id}-filter`}>
            {name ? t('dataTable.filterNamed', { table: name }) : t('dataTable.filter')}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            value={view.filter}
            onChange={(event) => setView({ filter: event.target.value, page: 1 })}
          />
        </div>
      ) : null}
      <TableScroll>
        <table className={['data-table', 'data-table--cards', className ?? ''].filter(Boolean).join(' ')}>
          <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = sort?.key === column.key && sortColumn ? sort.direction : undefined;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className={
                      [column.numeric ? 'num' : '', column.sortValue ? 'sortable' : ''].filter(Boolean).join(' ') ||
                      undefined
                    }
                    aria-sort={sorted}
                  >
                    {column.sortValue ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() =>
                          setView({ sort: nextSort(sort, column.key, column.firstSort ?? 'ascending'), page: 1 })
                        }
                      >
                        {column.header}
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {pinnedRows.map(renderRow)}
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="data-table__none">
                  {t('dataTable.noMatch')}
                </td>
              </tr>
            ) : (
              shown.map(renderRow)
            )}
          </tbody>
        </table>
      </TableScroll>
      {hasFilter || sorted.length > PAGE_SIZE ? (
        <div className="data-table-view__pages">
          <p aria-live="polite" className="data-table-view__count">
            {sorted.length === 0
              ? t('dataTable.none', { total: rows.length })
              : t('dataTable.rows', {
                  first: page.start + 1,
                  last: sorted.length > PAGE_SIZE ? page.end : sorted.length,
                  total: sorted.length,
                })}
            {sorted.length !== rows.length && sorted.length > 0
              ? ` ${t('dataTable.filtered', { total: rows.length })}`
              : ''}
          </p>
          {sorted.length > PAGE_SIZE ? (
            <span className="data-table-view__buttons">
              <button
                type="button"
                className="button button--small"
                disabled={page.page <= 1}
                onClick={() => setView({ page: page.page - 1 })}
              >
                {t('dataTable.previous')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={page.page >= page.pages}
                onClick={() => setView({ page: page.page + 1 })}
              >
                {t('dataTable.next')}
              </button>
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/**
 * The horizontal scroll box; focusable so a keyboard user can scroll it too, and with a label a
 * named region, so what the focus lands on is announced. `startAtEnd` opens it scrolled to its
 * last columns (the latest periods).
 */
export function TableScroll({
  children,
  label,
  startAtEnd,
}: {
  children: ReactNode;
  label?: string;
  startAtEnd?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (startAtEnd && element) element.scrollLeft = element.scrollWidth;
  }, [startAtEnd]);
  return (
    <div ref={box} className="table-scroll" tabIndex={0} role={label ? 'region' : undefined} aria-label={label}>
      {children}
    </div>
  );
}
