import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodRangeQuery } from '@cpea/shared/queries';
import { missionScoresSchema } from '@cpea/shared/scoring';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getMissionScores(missionId: number, { from, to }: PeriodRangeQuery = {}, signal?: AbortSignal) {
  return api.get(`/missions/${missionId}/scores`, { query: { from, to }, signal, answer: missionScoresSchema });
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
