import { queryOptions, useQuery } from '@tanstack/react-query';
import { frozenReportSchema } from '@cpea/shared/comparison';
import { api } from '../../../lib/api';
import { FROZEN_REPORTS_KEY } from './get-frozen-reports';

export function getFrozenReport(reportId: number, signal?: AbortSignal) {
  return api.get(`/reports/frozen/${reportId}`, { signal, answer: frozenReportSchema });
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
