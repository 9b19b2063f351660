import { useMutation } from '@tanstack/react-query';
import type { TargetsInput } from '@cpea/shared/targets';
import { missionEndpoints } from '@cpea/shared/api/missions';
import { call } from '../../../lib/api';

export function previewTargets(missionId: number, input: TargetsInput) {
  return call(missionEndpoints.previewMissionTargets, { params: { id: missionId }, body: input });
}

/** What saving these settings would change; saves nothing. */
export function usePreviewTargets(missionId: number) {
  return useMutation({ mutationFn: (input: TargetsInput) => previewTargets(missionId, input) });
}
