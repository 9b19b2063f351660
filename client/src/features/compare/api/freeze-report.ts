import { useMutation, useQueryClient } from '@tanstack/react-query';
import { frozenReportSummarySchema, type FrozenReportInput } from '@cpea/shared/comparison';
import { api } from '../../../lib/api';
import { FROZEN_REPORTS_KEY } from './get-frozen-reports';

export function freezeReport(input: FrozenReportInput) {
  return api.post('/reports/frozen', input, { answer: frozenReportSummarySchema });
}

export function useFreezeReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: freezeReport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FROZEN_REPORTS_KEY }),
  });
}
