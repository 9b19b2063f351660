import { queryOptions, useQuery } from '@tanstack/react-query';
import { reportingEndpoints } from '@cpea/shared/api/reporting';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';

// Under the missions' keys: every save that invalidates them changes what is due and waiting.
export const reportingKeys = {
  grid: () => [...missionKeys.all, 'reporting'] as const,
  myWork: () => [...missionKeys.all, 'my-work'] as const,
};

export function useReportingGrid() {
  return useQuery(
    queryOptions({
      queryKey: reportingKeys.grid(),
      queryFn: ({ signal }) => call(reportingEndpoints.getReportingGrid, { signal }),
    }),
  );
}

export function myWorkQueryOptions() {
  return queryOptions({
    queryKey: reportingKeys.myWork(),
    queryFn: ({ signal }) => call(reportingEndpoints.getMyWork, { signal }),
  });
}

export function useMyWork({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...myWorkQueryOptions(), enabled });
}
