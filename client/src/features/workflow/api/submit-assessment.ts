import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assessment, WorkflowStep } from '@cpea/shared/assessment';
import { api } from '../../../lib/api';

export function submitAssessment(id: number, step: WorkflowStep) {
  return api.post<Assessment>(`/assessments/${id}/submit`, step);
}

export function useSubmitAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step }: { id: number; step: WorkflowStep }) => submitAssessment(id, step),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(['assessments', assessment.id], assessment);
      // The mission's assessments (status, version) and its scores' statuses change.
      await queryClient.invalidateQueries({ queryKey: ['missions'] });
    },
  });
}
