import { useMutation, useQueryClient } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';

export function republishScores() {
  return call(missionEndpoints.republishScores, {});
}

/** Publishes approved history again; every score on every screen may move, so every query is read again. */
export function useRepublishScores() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: republishScores,
    onSuccess: async () => {
      await queryClient.invalidateQueries();
    },
  });
}
