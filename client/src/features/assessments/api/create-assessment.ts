import { useMutation, useQueryClient } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { AssessmentInput } from '@cpea/shared/assessment';
import { call, isApiError } from '../../../lib/api';
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
    // A period someone else has just entered (409): read the mission's assessments again, so the
    // form can link to the one that now holds it. Not on other failures: a 401 would only fail
    // the reading too, and take the form and what was typed off the screen.
    onError: (error) =>
      isApiError(error) && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: missionKeys.detail(missionId) })
        : undefined,
  });
}
