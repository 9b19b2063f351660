import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Assessment } from '@cpea/shared/assessment';
import { api } from '../../../lib/api';

export function getAssessment(id: number, signal?: AbortSignal) {
  return api.get<Assessment>(`/assessments/${id}`, { signal });
}

export function assessmentQueryOptions(id: number) {
  return queryOptions({
    queryKey: ['assessments', id],
    queryFn: ({ signal }) => getAssessment(id, signal),
  });
}

export function useAssessment(id: number) {
  return useQuery({ ...assessmentQueryOptions(id), enabled: id > 0 });
}
