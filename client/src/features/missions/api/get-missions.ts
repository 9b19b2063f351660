import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export interface MissionListFilters {
  includeArchived?: boolean;
  includeUnapproved?: boolean;
}

export function getMissions(
  { includeArchived = false, includeUnapproved = false }: MissionListFilters = {},
  signal?: AbortSignal,
) {
  return api.get<MissionSummary[]>('/missions', {
    query: { includeArchived: includeArchived ? 1 : undefined, includeUnapproved: includeUnapproved ? 1 : undefined },
    signal,
  });
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
