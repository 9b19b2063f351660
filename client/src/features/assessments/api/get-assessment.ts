import { queryOptions, useQuery } from '@tanstack/react-query';
import { assessmentEndpoints } from '@cpea/shared/api/assessments';
import { call } from '../../../lib/api';
import { assessmentKeys } from '../../../lib/assessment-keys';

export function getAssessment(id: number, signal?: AbortSignal) {
  return call(assessmentEndpoints.getAssessment, { params: { id }, signal });
}

export function assessmentQueryOptions(id: number) {
  return queryOptions({
    queryKey: assessmentKeys.detail(id),
    queryFn: ({ signal }) => getAssessment(id, signal),
  });
}

export function useAssessment(id: number) {
  return useQuery({ ...assessmentQueryOptions(id), enabled: id > 0 });
}
