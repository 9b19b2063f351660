import { comparisonSearchParams, type ComparisonQuery } from '@cpea/shared/comparison';

/** `GET /api/reports/comparison.csv`: a download link rather than a fetch, so the browser saves the file. */
export function comparisonCsvUrl(query: ComparisonQuery): string {
  return `/api/reports/comparison.csv?${comparisonSearchParams(query)}`;
}
