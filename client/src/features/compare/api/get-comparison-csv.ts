import { reportEndpoints } from '@cpea/shared/api/reports';
import { urlOf } from '@cpea/shared/api/endpoint';
import type { ComparisonQuery } from '@cpea/shared/comparison';

/** A download link rather than a fetch, so the browser saves the file. */
export function comparisonCsvUrl({ missions, from, to, approvedOnly }: ComparisonQuery): string {
  // Off is written out as 0: left out, the flag reads as on.
  return urlOf(reportEndpoints.getComparisonCsv, {
    query: { missions, from, to, approvedOnly: approvedOnly ? true : '0' },
  });
}
