import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { MissionView } from '@cpea/shared/mission-view';
import { assessmentsQueryOptions } from '../features/assessments/api/get-assessments';
import { missionQueryOptions } from '../features/missions/api/get-mission';
import { targetsQueryOptions } from '../features/targets/api/get-targets';
import { missionEffectsQueryKey } from '../features/trends/api/get-effects';
import { missionEventSeriesQueryOptions } from '../features/trends/api/get-event-series';
import { missionScoresQueryOptions } from '../features/trends/api/get-mission-scores';
import { call } from '../lib/api';
import { customIndicatorsQueryOptions, missionIndicatorsQueryOptions } from '../lib/indicator-set';

// A mission page's first view comes in one answer, and each part goes where its own endpoint's
// answer would: every component keeps its own query, and a save invalidates those as before.
// The view's own key is outside `missionKeys`, so an invalidation refetches the parts, not it.

function seed(queryClient: QueryClient, id: number, view: MissionView) {
  queryClient.setQueryData(missionQueryOptions(id).queryKey, view.mission);
  queryClient.setQueryData(assessmentsQueryOptions(id).queryKey, view.assessments);
  queryClient.setQueryData(missionScoresQueryOptions(id).queryKey, view.scores);
  queryClient.setQueryData(targetsQueryOptions(id).queryKey, view.targets);
  queryClient.setQueryData(missionIndicatorsQueryOptions(id).queryKey, view.indicators);
  queryClient.setQueryData(customIndicatorsQueryOptions().queryKey, view.customIndicators);
  queryClient.setQueryData(missionEventSeriesQueryOptions(id).queryKey, view.eventSeries);
  for (const effects of view.effects) {
    queryClient.setQueryData(missionEffectsQueryKey(id, effects.indicator, undefined), effects);
  }
}

export function missionViewQueryOptions(queryClient: QueryClient, id: number) {
  return queryOptions({
    queryKey: ['mission-view', id] as const,
    // Without the abort signal: the answer fills other queries, so it is worth having even if
    // the page that asked is unmounted meanwhile (as it is while the session check settles).
    queryFn: async () => {
      seed(queryClient, id, await call(missionEndpoints.getMissionView, { params: { id } }));
      return true;
    },
    // Asked once per visit: afterwards each part is fresh or stale on its own.
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * Whether the page may ask for its parts: once the view has filled them, or failed (each part
 * then asks for itself and shows its own error).
 */
export function useMissionViewSettled(queryClient: QueryClient, id: number | null): boolean {
  const view = useQuery({ ...missionViewQueryOptions(queryClient, id ?? 0), enabled: id != null });
  return id == null || !view.isPending;
}
