import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { IndicatorId } from '@cpea/shared/catalog';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function missionEffectsQueryKey(missionId: number, indicator: IndicatorId, at: string | undefined) {
  return [...missionKeys.detail(missionId), 'effects', indicator, at ?? null] as const;
}

/** The change in a count indicator since `at` (the mission's start when left out): an interrupted time series. */
export function useMissionEffects(missionId: number, indicator: IndicatorId, at: string | undefined, enabled = true) {
  return useQuery({
    enabled,
    queryKey: missionEffectsQueryKey(missionId, indicator, at),
    queryFn: ({ signal }) =>
      call(missionEndpoints.getMissionEffects, {
        params: { id: missionId },
        query: at ? { indicator, at } : { indicator },
        signal,
      }),
    // A refusal (422: too few periods, only zeros) says why; asking again would not change it.
    retry: false,
    placeholderData: keepPreviousData,
  });
}
