import { queryOptions, useQuery } from '@tanstack/react-query';
import { reportEndpoints } from '@cpea/shared/api/reports';
import { call } from '../../../lib/api';

export const FROZEN_REPORTS_KEY = ['reports', 'frozen'] as const;

export function getFrozenReports(signal?: AbortSignal) {
  return call(reportEndpoints.listFrozenReports, { signal });
}

export function frozenReportsQueryOptions() {
  return queryOptions({
    queryKey: [...FROZEN_REPORTS_KEY, 'list'],
    queryFn: ({ signal }) => getFrozenReports(signal),
  });
}

export function useFrozenReports() {
  return useQuery(frozenReportsQueryOptions());
}
