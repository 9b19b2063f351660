import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Mission } from '@cpea/shared/mission';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function getMission(id: number, signal?: AbortSignal) {
  return api.get<Mission>(`/missions/${id}`, { signal });
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
