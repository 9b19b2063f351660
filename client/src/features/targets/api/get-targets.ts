import { queryOptions, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getTargets(missionId: number, signal?: AbortSignal) {
  return call(missionEndpoints.getMissionTargets, { params: { id: missionId }, signal });
}

export function targetsQueryOptions(missionId: number) {
  return queryOptions({
    queryKey: [...missionKeys.detail(missionId), 'targets'],
    queryFn: ({ signal }) => getTargets(missionId, signal),
  });
}

export function useTargets(missionId: number | undefined) {
  return useQuery({ ...targetsQueryOptions(missionId ?? 0), enabled: missionId != null && missionId > 0 });
}
