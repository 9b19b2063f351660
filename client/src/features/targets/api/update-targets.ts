import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TargetsInput } from '@cpea/shared/targets';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';
import { targetsQueryOptions } from './get-targets';
import { missionKeys } from '../../../lib/mission-keys';

export function updateTargets(missionId: number, input: TargetsInput) {
  return call(missionEndpoints.replaceMissionTargets, { params: { id: missionId }, body: input });
}

export function useUpdateTargets(missionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TargetsInput) => updateTargets(missionId, input),
    onSuccess: async (saved) => {
      queryClient.setQueryData(targetsQueryOptions(missionId).queryKey, saved);
      // Every score of the mission, and the portfolio's latest scores, change with its targets.
      await queryClient.invalidateQueries({ queryKey: missionKeys.all });
    },
  });
}
