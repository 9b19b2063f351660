import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrozenReportInput, FrozenReportSummary } from '@cpea/shared/comparison';
import { api } from '../../../lib/api';
import { FROZEN_REPORTS_KEY } from './get-frozen-reports';

export function freezeReport(input: FrozenReportInput) {
  return api.post<FrozenReportSummary>('/reports/frozen', input);
}

export function useFreezeReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: freezeReport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FROZEN_REPORTS_KEY }),
  });
}
