import { queryOptions, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { MissionScoresQuery } from '@cpea/shared/queries';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

/** A range, and whether approved assessments are rescored under current settings instead of published. */
type ScoresView = Partial<MissionScoresQuery>;

export function getMissionScores(missionId: number, { from, to, rescored }: ScoresView = {}, signal?: AbortSignal) {
  return call(missionEndpoints.getMissionScores, { params: { id: missionId }, query: { from, to, rescored }, signal });
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
