import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assessment, AssessmentPatch } from '@cpea/shared/assessment';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';
import { assessmentQueryOptions } from './get-assessment';

export function updateAssessment(id: number, patch: AssessmentPatch) {
  return api.patch<Assessment>(`/assessments/${id}`, patch);
}

export function useUpdateAssessment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: AssessmentPatch) => updateAssessment(id, patch),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(assessmentQueryOptions(id).queryKey, assessment);
      await queryClient.invalidateQueries({ queryKey: missionKeys.all });
    },
  });
}
