import { queryOptions, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

export function missionEventSeriesQueryOptions(missionId: number) {
  return queryOptions({
    queryKey: [...missionKeys.detail(missionId), 'event-series'],
    queryFn: ({ signal }) => call(missionEndpoints.getMissionEventSeries, { params: { id: missionId }, signal }),
  });
}

/** The mission's UCDP GED event series, before and during its life. */
export function useMissionEventSeries(missionId: number | undefined) {
  return useQuery({ ...missionEventSeriesQueryOptions(missionId ?? 0), enabled: missionId != null && missionId > 0 });
}
