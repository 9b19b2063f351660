import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorId } from '@cpea/shared/catalog';
import type { KpiWeights } from '@cpea/shared/scoring';
import type { MissionTargets, ResolvedTarget } from '@cpea/shared/targets';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

/** What the mission set, and what is in force once the catalog defaults fill the gaps. */
export interface MissionTargetsResponse {
  targets: MissionTargets;
  kpiWeights: KpiWeights;
  resolved: Record<IndicatorId, ResolvedTarget>;
}

export function getTargets(missionId: number, signal?: AbortSignal) {
  return api.get<MissionTargetsResponse>(`/missions/${missionId}/targets`, { signal });
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
