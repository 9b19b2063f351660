import { describe, expect, it } from 'vitest';
import { printedTrendLines } from '../../client/src/features/compare/lib/printed-trend';
import { cssString, pageCounterContent, pageMarginCss } from '../../client/src/features/compare/lib/page-margin-css';
import type { TrendRow } from '../../client/src/features/compare/lib/report-series';

describe('printedTrendLines', () => {
  it("keeps each mission's assessed periods only, in order, unscored ones as null", () => {
    const rows: TrendRow[] = [
      {
        key: '1992Q1',
        label: '',
        values: { a: 20 },
        assessed: { a: true, b: false },
        periods: { a: '1992Q1' },
        statuses: {},
      },
      {
        key: '2004Q1',
        label: '',
        values: { a: null, b: 50 },
        assessed: { a: true, b: true },
        periods: { a: '2004Q1', b: '2004Q1' },
        statuses: { b: 'approved' },
      },
    ];
    expect(printedTrendLines(rows, ['a', 'b'])).toEqual([
      {
        key: 'a',
        points: [
          { period: '1992Q1', score: 20, status: null },
          { period: '2004Q1', score: null, status: null },
        ],
      },
      { key: 'b', points: [{ period: '2004Q1', score: 50, status: 'approved' }] },
    ]);
  });
});

describe('page margin CSS', () => {
  it('quotes text safely and turns {page} and {pages} into counters', () => {
    expect(cssString('Say "hi" \\ now\nplease')).toBe('"Say \\"hi\\" \\\\ now please"');
    expect(pageCounterContent('Page {page} sur {pages}')).toBe('"Page " counter(page) " sur " counter(pages)');
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
    const css = pageMarginCss('Rapport · CPEA', 'Page {page} of {pages}');
    expect(css).toContain('@top-left { content: "Rapport · CPEA";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });
});
