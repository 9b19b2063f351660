import { useMutation, useQueryClient } from '@tanstack/react-query';
import { missionEndpoints } from '@cpea/shared/api/missions';
import type { Mission, MissionPatch } from '@cpea/shared/mission';
import { call } from '../../../lib/api';
import { missionKeys } from '../../../lib/mission-keys';
import { missionQueryOptions } from './get-mission';

export function updateMission(id: number, patch: MissionPatch) {
  return call(missionEndpoints.updateMission, { params: { id }, body: patch });
}

export function archiveMission(id: number) {
  return call(missionEndpoints.archiveMission, { params: { id } });
}

/** Saves what changed, ends, archives (`archived: true`) or restores (`archived: false`) a mission. */
export function useUpdateMission(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    // Archiving has its own endpoint, which the audit trail records as an archive.
    mutationFn: ({ version, ...changes }: MissionPatch): Promise<Mission> =>
      changes.archived === true && Object.keys(changes).length === 1
        ? archiveMission(id)
        : updateMission(id, { ...changes, version }),
    onSuccess: async (mission) => {
      queryClient.setQueryData(missionQueryOptions(id).queryKey, mission);
      // Dates move the periods due and who is late; archiving takes the mission off the overview.
      await queryClient.invalidateQueries({ queryKey: missionKeys.all });
    },
  });
}
