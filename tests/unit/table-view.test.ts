import { describe, expect, it } from 'vitest';
import {
  compareSortValues,
  filterRows,
  nextSort,
  pageOf,
  sortFromParam,
  sortRows,
  sortToParam,
} from '../../client/src/components/table-view';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

describe('table sorting', () => {
  it('orders numbers by value and text by collation, numbers inside text by value', () => {
    expect(sortRows([10, 9, 100], (n) => n, 'ascending', collator)).toEqual([9, 10, 100]);
    expect(sortRows(['2024 Q10', '2024 Q9', 'côte', 'Cote'], (s) => s, 'ascending', collator)).toEqual([
      '2024 Q9',
      '2024 Q10',
      'côte',
      'Cote',
    ]);
    expect(sortRows(['b', 'a', 'c'], (s) => s, 'descending', collator)).toEqual(['c', 'b', 'a']);
  });

  it('puts missing values last in both directions', () => {
    const values = [null, 3, undefined, 1, Number.NaN, ''];
    expect(sortRows(values, (v) => v, 'ascending', collator).slice(0, 2)).toEqual([1, 3]);
    expect(sortRows(values, (v) => v, 'descending', collator).slice(0, 2)).toEqual([3, 1]);
    expect(compareSortValues(null, 5, 'descending', collator)).toBe(1);
    expect(compareSortValues(null, undefined, 'ascending', collator)).toBe(0);
  });

  it('keeps the incoming order of equal values (a stable sort)', () => {
    const rows = [
      { id: 'a', band: 'good' },
      { id: 'b', band: 'poor' },
      { id: 'c', band: 'good' },
    ];
    expect(sortRows(rows, (r) => r.band, 'ascending', collator).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, (r) => r.band, 'descending', collator).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('cycles a header through its first direction, the other, then the screen order', () => {
    const first = nextSort(null, 'overall', 'descending');
    expect(first).toEqual({ key: 'overall', direction: 'descending' });
    const second = nextSort(first, 'overall', 'descending');
    expect(second).toEqual({ key: 'overall', direction: 'ascending' });
    expect(nextSort(second, 'overall', 'descending')).toBeNull();
    expect(nextSort(second, 'band', 'ascending')).toEqual({ key: 'band', direction: 'ascending' });
  });

  it('writes a sort to the URL and reads it back', () => {
    expect(sortToParam({ key: 'overall', direction: 'descending' })).toBe('-overall');
    expect(sortFromParam('-overall')).toEqual({ key: 'overall', direction: 'descending' });
    expect(sortFromParam('band')).toEqual({ key: 'band', direction: 'ascending' });
    expect(sortFromParam(null)).toBeNull();
    expect(sortToParam(null)).toBeNull();
  });
});

describe('table filter and pages', () => {
  it('keeps rows holding every word, ignoring case and accents', () => {
    const rows = ['MINUSCA Central African Republic', 'UNOCI Côte d’Ivoire', 'MINUSMA Mali'];
    expect(filterRows(rows, 'cote', (r) => r)).toEqual(['UNOCI Côte d’Ivoire']);
    expect(filterRows(rows, 'minus  mali', (r) => r)).toEqual(['MINUSMA Mali']);
    expect(filterRows(rows, '  ', (r) => r)).toBe(rows);
  });

  it('cuts rows into pages of 50 and clamps the page asked for', () => {
    expect(pageOf(120, 1)).toEqual({ page: 1, pages: 3, start: 0, end: 50 });
    expect(pageOf(120, 3)).toEqual({ page: 3, pages: 3, start: 100, end: 120 });
    expect(pageOf(120, 9).page).toBe(3);
    expect(pageOf(120, 0).page).toBe(1);
    expect(pageOf(0, 2)).toEqual({ page: 1, pages: 1, start: 0, end: 0 });
  });
});
