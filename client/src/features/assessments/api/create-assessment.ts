import { useMutation, useQueryClient } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { AssessmentInput } from '@cpea/shared/assessment';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';
import { assessmentQueryOptions } from './get-assessment';

export function createAssessment(missionId: number, input: AssessmentInput) {
  return call(missionEndpoints.createAssessment, { params: { id: missionId }, body: input });
}

export function useCreateAssessment(missionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssessmentInput) => createAssessment(missionId, input),
    onSuccess: async (assessment) => {
      queryClient.setQueryData(assessmentQueryOptions(assessment.id).queryKey, assessment);
      // The mission's assessments and scores, and the portfolio's latest scores, all change.
      await queryClient.invalidateQueries({ queryKey: missionKeys.all });
    },
    // Refused (a period someone else has just entered, say): read the mission's assessments
    // again, so the form can link to the one that now holds the period.
    onError: () => queryClient.invalidateQueries({ queryKey: missionKeys.detail(missionId) }),
  });
}
