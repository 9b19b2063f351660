import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentEndpoints } from '@cpea/shared/api/assessments';
import type { AssessmentPatch } from '@cpea/shared/assessment';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';
import { assessmentQueryOptions } from './get-assessment';

export function updateAssessment(id: number, patch: AssessmentPatch) {
  return call(assessmentEndpoints.updateAssessment, { params: { id }, body: patch });
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
