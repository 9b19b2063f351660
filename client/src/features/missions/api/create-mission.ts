import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Mission, MissionInput } from '@cpea/shared/mission';
import { api } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';
import { missionQueryOptions } from './get-mission';

export function createMission(input: MissionInput) {
  return api.post<Mission>('/missions', input);
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
