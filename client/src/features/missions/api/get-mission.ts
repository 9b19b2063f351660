import { queryOptions, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getMission(id: number, signal?: AbortSignal) {
  return call(missionEndpoints.getMission, { params: { id }, signal });
}

export function missionQueryOptions(id: number) {
  return queryOptions({
    queryKey: missionKeys.detail(id),
    queryFn: ({ signal }) => getMission(id, signal),
  });
}

export function useMission(id: number | undefined) {
  return useQuery({ ...missionQueryOptions(id ?? 0), enabled: id != null && id > 0 });
}
