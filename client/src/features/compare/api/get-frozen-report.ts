import { queryOptions, useQuery } from '@tanstack/react-query';
import { reportEndpoints } from '@cpea/shared/api/reports';
import { call } from '../../../lib/api';
import { FROZEN_REPORTS_KEY } from './get-frozen-reports';

export function getFrozenReport(reportId: number, signal?: AbortSignal) {
  return call(reportEndpoints.getFrozenReport, { params: { id: reportId }, signal });
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
