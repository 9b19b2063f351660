import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportEndpoints } from '@cpea/shared/api/reports';
import type { FrozenReportInput } from '@cpea/shared/comparison';
import { call } from '../../../lib/api';
import { FROZEN_REPORTS_KEY } from './get-frozen-reports';

export function freezeReport(input: FrozenReportInput) {
  return call(reportEndpoints.freezeComparison, { body: input });
}

export function useFreezeReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: freezeReport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FROZEN_REPORTS_KEY }),
  });
}
