// What a data table shows of its rows: filtered by a text, sorted by one column, one page at a time.

export type SortValue = string | number | null | undefined;
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  key: string;
  direction: SortDirection;
}

export const PAGE_SIZE = 50;

/** A table of periods opens on the latest, as its reader looks for it first; its `period` column sorts by the period's key. */
export const NEWEST_FIRST: TableSort = { key: 'period', direction: 'descending' };
/** A table longer than this gets a filter box. */
export const FILTER_FROM_ROWS = 10;

/**
 * Orders two cell values: numbers by value, text by the language's collation (numbers inside text
 * by value, so "Q10" follows "Q9"). Missing values go last whichever the direction, so a sort never
 * opens on a screen of dashes.
 */
export function compareSortValues(a: SortValue, b: SortValue, direction: SortDirection, collator: Intl.Collator) {
  const aMissing = a == null || a === '' || (typeof a === 'number' && Number.isNaN(a));
  const bMissing = b == null || b === '' || (typeof b === 'number' && Number.isNaN(b));
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order =
    typeof a === 'number' && typeof b === 'number' ? Math.sign(a - b) : collator.compare(String(a), String(b));
  return direction === 'ascending' ? order : -order;
}

/** A stable sort: rows with equal values keep the order they came in (the screen's own ranking). */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
  collator: Intl.Collator,
): Row[] {
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => compareSortValues(a.value, b.value, direction, collator) || a.index - b.index)
    .map(({ row }) => row);
}

/** Folds case and accents, so "cote" finds "Côte d’Ivoire". */
export function foldText(text: string) {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

/** Rows whose text holds every word of the query, in any column. */
export function filterRows<Row>(rows: readonly Row[], query: string, text: (row: Row) => string): readonly Row[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = foldText(text(row));
    return words.every((word) => haystack.includes(word));
  });
}

export interface TablePage {
  /** 1-based page number, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Index of the first row shown and one past the last. */
  start: number;
  end: number;
}

export function pageOf(total: number, requested: number, size = PAGE_SIZE): TablePage {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pages);
  const start = (page - 1) * size;
  return { page, pages, start, end: Math.min(total, start + size) };
}

/** `overall` ascending, `-overall` descending: the form a sort takes in the URL. */
export function sortToParam(sort: TableSort | null) {
  if (!sort) return null;
  return sort.direction === 'descending' ? `-${sort.key}` : sort.key;
}

export function sortFromParam(param: string | null): TableSort | null {
  if (!param) return null;
  return param.startsWith('-')
    ? { key: param.slice(1), direction: 'descending' }
    : { key: param, direction: 'ascending' };
}

/** A click on a column's header: sort by it ascending, then descending, then back to the screen's order. */
export function nextSort(current: TableSort | null, key: string, firstDirection: SortDirection): TableSort | null {
  if (current?.key !== key) return { key, direction: firstDirection };
  if (current.direction === firstDirection)
    return { key, direction: firstDirection === 'ascending' ? 'descending' : 'ascending' };
  return null;
}
