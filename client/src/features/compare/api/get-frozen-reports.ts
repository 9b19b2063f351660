import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { frozenReportSummarySchema } from '@cpea/shared/comparison';
import { api } from '../../../lib/api';

export const FROZEN_REPORTS_KEY = ['reports', 'frozen'] as const;

const frozenReportListSchema = z.array(frozenReportSummarySchema);

export function getFrozenReports(signal?: AbortSignal) {
  return api.get('/reports/frozen', { signal, answer: frozenReportListSchema });
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
