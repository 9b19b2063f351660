import type { ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  /** The cell that names the row (a `<th scope="row">`). */
  rowHeader?: boolean;
  /** Short values that must not break, such as `2024 Q1`. */
  nowrap?: boolean;
}

function cellClass(column: { numeric?: boolean; nowrap?: boolean }) {
  return [column.numeric ? 'num' : '', column.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined;
}

interface DataTableProps<Row> {
  caption: ReactNode;
  /** Hide the caption visually when a heading right above already says the same. */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  className?: string;
}

/** A plain, dense table that scrolls sideways inside its own box on a narrow screen. */
export function DataTable<Row>({ caption, captionHidden, columns, rows, rowKey, className }: DataTableProps<Row>) {
  return (
    <TableScroll>
      <table className={['data-table', className ?? ''].filter(Boolean).join(' ')}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={cellClass(column)}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={cellClass(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The horizontal scroll box; focusable so a keyboard user can scroll it too. */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0}>
      {children}
    </div>
  );
}
