import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrozenReportSummary } from '@cpea/shared/comparison';
import { api } from '../../../lib/api';

export const FROZEN_REPORTS_KEY = ['reports', 'frozen'] as const;

export function getFrozenReports(signal?: AbortSignal) {
  return api.get<FrozenReportSummary[]>('/reports/frozen', { signal });
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
