import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FrozenReport } from '@cpea/shared/comparison';
import { api } from '../../../lib/api';
import { FROZEN_REPORTS_KEY } from './get-frozen-reports';

export function getFrozenReport(reportId: number, signal?: AbortSignal) {
  return api.get<FrozenReport>(`/reports/frozen/${reportId}`, { signal });
}

export function frozenReportQueryOptions(reportId: number) {
  return queryOptions({
    queryKey: [...FROZEN_REPORTS_KEY, reportId],
    queryFn: ({ signal }) => getFrozenReport(reportId, signal),
  });
}

export function useFrozenReport(reportId: number | undefined) {
  return useQuery({ ...frozenReportQueryOptions(reportId ?? 0), enabled: reportId != null && reportId > 0 });
}
