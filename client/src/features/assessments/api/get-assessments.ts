import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Assessment } from '@cpea/shared/assessment';
import type { PeriodRangeQuery } from '@cpea/shared/queries';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getAssessments(missionId: number, { from, to }: PeriodRangeQuery = {}, signal?: AbortSignal) {
  return api.get<Assessment[]>(`/missions/${missionId}/assessments`, { query: { from, to }, signal });
}

export function assessmentsQueryOptions(missionId: number, range: PeriodRangeQuery = {}) {
  const { from, to } = range;
  return queryOptions({
    queryKey: [...missionKeys.detail(missionId), 'assessments', { from, to }],
    queryFn: ({ signal }) => getAssessments(missionId, { from, to }, signal),
  });
}

export function useAssessments(missionId: number | undefined, range: PeriodRangeQuery = {}) {
  return useQuery({ ...assessmentsQueryOptions(missionId ?? 0, range), enabled: missionId != null && missionId > 0 });
}
