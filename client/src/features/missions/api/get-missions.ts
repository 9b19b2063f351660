import { queryOptions, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { MissionListQuery } from '@cpea/shared/queries';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export type MissionListFilters = Partial<MissionListQuery>;

export function getMissions(
  { includeArchived = false, includeUnapproved = false }: MissionListFilters = {},
  signal?: AbortSignal,
) {
  return call(missionEndpoints.listMissions, { query: { includeArchived, includeUnapproved }, signal });
}

export function missionsQueryOptions(filters: MissionListFilters = {}) {
  const includeArchived = filters.includeArchived ?? false;
  const includeUnapproved = filters.includeUnapproved ?? false;
  return queryOptions({
    queryKey: [...missionKeys.lists(), { includeArchived, includeUnapproved }],
    queryFn: ({ signal }) => getMissions({ includeArchived, includeUnapproved }, signal),
  });
}

export function useMissions(filters: MissionListFilters = {}) {
  return useQuery(missionsQueryOptions(filters));
}
