import { queryOptions, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { PeriodRangeQuery } from '@cpea/shared/queries';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getAssessments(missionId: number, { from, to }: PeriodRangeQuery = {}, signal?: AbortSignal) {
  return call(missionEndpoints.listAssessments, { params: { id: missionId }, query: { from, to }, signal });
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
