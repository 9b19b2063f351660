import { useMutation, useQueryClient } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';
import { REPUBLISH_PREVIEW_QUERY_KEY } from './get-republish-preview';

/** Publishes what the preview made at `dataVersion` listed; refused (409) once the data moved. */
export function republishScores(dataVersion: number) {
  return call(missionEndpoints.republishScores, { body: { dataVersion } });
}

/** Publishes approved history again; every score on every screen may move, so every query is read again. */
export function useRepublishScores() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: republishScores,
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
    // Refused because the data moved: the preview is read again, so what is confirmed is what is shown.
    onError: async () => {
      await queryClient.invalidateQueries({ queryKey: REPUBLISH_PREVIEW_QUERY_KEY });
    },
  });
}
