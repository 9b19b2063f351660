import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assessment, WorkflowStep } from '@cpea/shared/assessment';
import { api } from '../../../lib/api';

export function approveAssessment(id: number, step: WorkflowStep) {
  return api.post<Assessment>(`/assessments/${id}/approve`, step);
}

export function useApproveAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step }: { id: number; step: WorkflowStep }) => approveAssessment(id, step),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(['assessments', assessment.id], assessment);
      // The mission's assessments (status, version) and its scores' statuses change.
      await queryClient.invalidateQueries({ queryKey: ['missions'] });
    },
  });
}
