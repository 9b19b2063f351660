import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodRangeQuery } from '@cpea/shared/queries';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getMissionScores(missionId: number, { from, to }: PeriodRangeQuery = {}, signal?: AbortSignal) {
  return call(missionEndpoints.getMissionScores, { params: { id: missionId }, query: { from, to }, signal });
}

export function missionScoresQueryOptions(missionId: number, range: PeriodRangeQuery = {}) {
  const { from, to } = range;
  return queryOptions({
    queryKey: [...missionKeys.detail(missionId), 'scores', { from, to }],
    queryFn: ({ signal }) => getMissionScores(missionId, { from, to }, signal),
  });
}

export function useMissionScores(missionId: number | undefined, range: PeriodRangeQuery = {}) {
  return useQuery({ ...missionScoresQueryOptions(missionId ?? 0, range), enabled: missionId != null && missionId > 0 });
}
