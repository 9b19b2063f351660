import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { indicatorEndpoints } from '@cpea/shared/api/indicators';
import { INDICATORS, type Indicator } from '@cpea/shared/catalog';
import type { CustomIndicator } from '@cpea/shared/custom-indicators';
import { call } from './api';
import { missionKeys } from './mission-keys';

// The custom indicators, and a mission's whole indicator set (the standard catalog, the
// instance-wide custom indicators and its own). Any screen that shows a mission's values takes
// its set from here; a change of a custom indicator invalidates `CUSTOM_INDICATORS_KEY` and
// every mission key.

export const CUSTOM_INDICATORS_KEY = ['custom-indicators'] as const;

export function customIndicatorsQueryOptions() {
  return queryOptions({
    queryKey: CUSTOM_INDICATORS_KEY,
    queryFn: ({ signal }) => call(indicatorEndpoints.listCustomIndicators, { signal }),
    staleTime: 60_000,
  });
}

export function missionIndicatorsQueryOptions(missionId: number) {
  return queryOptions({
    queryKey: [...missionKeys.detail(missionId), 'indicators'],
    queryFn: ({ signal }) => call(indicatorEndpoints.getMissionIndicators, { params: { id: missionId }, signal }),
  });
}

/** A mission's indicator set; the standard catalog until it is read (or if it cannot be). */
export function useIndicatorSet(missionId: number | undefined): {
  indicators: readonly Indicator[];
  isPending: boolean;
} {
  const query = useQuery({ ...missionIndicatorsQueryOptions(missionId ?? 0), enabled: missionId != null });
  return { indicators: query.data ?? INDICATORS, isPending: missionId != null && query.isPending };
}

/** Every custom indicator, once someone is signed in (only a signed-in user may read them); none before. */
export function useCustomIndicatorList(): readonly CustomIndicator[] {
  const signedIn = useQueryClient().getQueryData(['auth', 'me']) != null;
  return useQuery({ ...customIndicatorsQueryOptions(), enabled: signedIn }).data ?? [];
}
