import { useMutation, useQueryClient } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { MissionInput } from '@cpea/shared/mission';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';
import { missionQueryOptions } from './get-mission';

export function createMission(input: MissionInput) {
  return call(missionEndpoints.createMission, { body: input });
}

export function useCreateMission() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMission,
    onSuccess: async (mission) => {
      queryClient.setQueryData(missionQueryOptions(mission.id).queryKey, mission);
      await queryClient.invalidateQueries({ queryKey: missionKeys.lists() });
    },
  });
}
