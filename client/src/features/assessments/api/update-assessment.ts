import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assessment, AssessmentPatch } from '@cpea/shared/assessment';
import { api } from '../../../lib/api';

export function updateAssessment(id: number, patch: AssessmentPatch) {
  return api.patch<Assessment>(`/assessments/${id}`, patch);
}

export function useUpdateAssessment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: AssessmentPatch) => updateAssessment(id, patch),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(['assessments', id], assessment);
      await queryClient.invalidateQueries({ queryKey: ['missions'] });
    },
  });
}
