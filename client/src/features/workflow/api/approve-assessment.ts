import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentEndpoints } from '@cpea/shared/api/assessments';
import type { WorkflowStep } from '@cpea/shared/assessment';
import { call } from '../../../lib/api';
import { assessmentKeys } from '../../../lib/assessment-keys';
import { missionKeys } from '../../../lib/mission-keys';

export function approveAssessment(id: number, step: WorkflowStep) {
  return call(assessmentEndpoints.approveAssessment, { params: { id }, body: step });
}

export function useApproveAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step }: { id: number; step: WorkflowStep }) => approveAssessment(id, step),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(assessmentKeys.detail(assessment.id), assessment);
      // The mission's assessments (status, version) and its scores' statuses change.
      await queryClient.invalidateQueries({ queryKey: missionKeys.all });
    },
  });
}
