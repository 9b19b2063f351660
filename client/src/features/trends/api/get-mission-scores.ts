import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PeriodRangeQuery } from '@cpea/shared/queries';

/** A range, and whether approved assessments are rescored under current settings instead of published. */
type ScoresView = PeriodRangeQuery & { rescored?: boolean };
import { missionScoresSchema } from '@cpea/shared/scoring';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getMissionScores(missionId: number, { from, to, rescored }: ScoresView = {}, signal?: AbortSignal) {
  return api.get(`/missions/${missionId}/scores`, {
    query: { from, to, rescored: rescored ? 1 : undefined },
    signal,
    answer: missionScoresSchema,
  });
}

export function missionScoresQueryOptions(missionId: number, view: ScoresView = {}) {
  const { from, to, rescored = false } = view;
  return queryOptions({
    queryKey: [...missionKeys.detail(missionId), 'scores', { from, to, rescored }],
    queryFn: ({ signal }) => getMissionScores(missionId, { from, to, rescored }, signal),
  });
}

export function useMissionScores(missionId: number | undefined, range: ScoresView = {}) {
  return useQuery({ ...missionScoresQueryOptions(missionId ?? 0, range), enabled: missionId != null && missionId > 0 });
}
