import { scoreMission } from '@cpea/shared/scoring';
import type { TargetsInput } from '@cpea/shared/targets';
import type { KpiWeights } from '@cpea/shared/scoring';
import type { MissionTargets } from '@cpea/shared/targets';
import type { Store } from '../db/store';
import type { Actor } from './actor';
import { getMission } from './missions';

export function missionTargets(store: Store, missionId: number) {
  getMission(store, missionId);
  const { targets, kpiWeights } = store.targets.get(missionId);
  const resolved = scoreMission(store.assessments.listByMission(missionId), targets, kpiWeights).targets;
  return { targets, kpiWeights, resolved };
}

export function replaceTargets(store: Store, actor: Actor, missionId: number, input: TargetsInput) {
  return store.transaction(() => {
    const before = missionTargets(store, missionId);
    store.targets.replace(missionId, input.targets as MissionTargets, input.kpiWeights as KpiWeights);
    const after = missionTargets(store, missionId);
    store.audit.record({
      userId: actor.userId,
      action: 'update',
      entity: 'targets',
      entityId: missionId,
      before: { targets: before.targets, kpiWeights: before.kpiWeights },
      after: { targets: after.targets, kpiWeights: after.kpiWeights },
    });
    return after;
  });
}
