import { queryOptions, useQuery } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';

export const REPUBLISH_PREVIEW_QUERY_KEY = ['published-scores', 'republish'] as const;

export function getRepublishPreview(signal?: AbortSignal) {
  return call(missionEndpoints.previewRepublish, { signal });
}

export function republishPreviewQueryOptions() {
  return queryOptions({ queryKey: REPUBLISH_PREVIEW_QUERY_KEY, queryFn: ({ signal }) => getRepublishPreview(signal) });
}

/** What publishing approved history again would change; only admins may ask. */
export function useRepublishPreview() {
  return useQuery(republishPreviewQueryOptions());
}
