import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentEndpoints } from '@cpea/shared/api/assessments';
import { call } from '../../../lib/api';
import { assessmentKeys } from '../../../lib/assessment-keys';
import { missionKeys } from '../../../lib/mission-keys';

export function deleteAssessment(id: number) {
  return call(assessmentEndpoints.deleteAssessment, { params: { id } });
}

export function useDeleteAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deleteAssessment(id),
    onSuccess: async (_answer, id) => {
      // Not refetched now (the page showing it is being left), but read afresh if opened again.
      await queryClient.invalidateQueries({ queryKey: assessmentKeys.detail(id), refetchType: 'none' });
      // The mission's assessments and scores, and the portfolio's latest periods, change.
      await queryClient.invalidateQueries({ queryKey: missionKeys.all });
    },
  });
}
