import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { reportEndpoints } from '@cpea/shared/api/reports';
import type { ComparisonQuery } from '@cpea/shared/comparison';
import { call } from '../../../lib/api';

export function getComparison({ missions, from, to, approvedOnly, rescored }: ComparisonQuery, signal?: AbortSignal) {
  // approvedOnly is on unless turned off: a flag left out of the address would read as on, so
  // off is written out as 0.
  return call(reportEndpoints.getComparison, {
    query: { missions, from, to, approvedOnly: approvedOnly ? true : '0', rescored },
    signal,
  });
}

export function comparisonQueryOptions(query: ComparisonQuery) {
  const { missions, from, to, approvedOnly, rescored } = query;
  return queryOptions({
    queryKey: ['reports', 'comparison', { missions, from, to, approvedOnly, rescored }],
    queryFn: ({ signal }) => getComparison({ missions, from, to, approvedOnly, rescored }, signal),
  });
}

/** The comparison the URL asks for; idle while it asks for none. */
export function useComparison(query: ComparisonQuery | null) {
  return useQuery({
    ...comparisonQueryOptions(query ?? { missions: [], approvedOnly: true, rescored: false }),
    enabled: query != null,
    // Keep the last report on screen while the next one loads, instead of a blank page.
    placeholderData: keepPreviousData,
  });
}
