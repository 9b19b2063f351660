import type { Mission, MissionInput, MissionPatch } from '@cpea/shared/mission';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { scoreMission } from '@cpea/shared/scoring';
import type { Store } from '../db/store';
import { AppError, notFound } from '../http/app-error';
import type { Actor } from './actor';

type ParsedMission = Required<Omit<MissionInput, 'areas' | 'partners'>> & { areas: string[]; partners: string[] };

export function getMission(store: Store, id: number): Mission {
  const mission = store.missions.get(id);
  if (!mission) throw notFound(`Mission ${id}`);
  return mission;
}

export function listMissionSummaries(store: Store, includeArchived: boolean): MissionSummary[] {
  return store.missions.list(includeArchived).map((mission) => {
    const assessments = store.assessments.listByMission(mission.id);
    const { targets, kpiWeights } = store.targets.get(mission.id);
    const scores = scoreMission(assessments, targets, kpiWeights);
    const last = scores.periods.at(-1);
    return {
      ...mission,
      assessmentCount: assessments.length,
      latestPeriod: last?.period ?? null,
      latest: last
        ? { period: last.period, overall: last.overall, band: last.band, completeness: last.completeness }
        : null,
      trend: scores.trend.trend,
      awaitingApproval: assessments
        .filter((assessment) => assessment.status === 'submitted')
        .map((assessment) => ({ assessmentId: assessment.id, period: assessment.period })),
      sparkline: scores.periods.map((p) => ({ period: p.period, overall: p.overall })),
    };
  });
}

export function createMission(store: Store, actor: Actor, input: ParsedMission, illustrative = false): Mission {
  return store.transaction(() => {
    const mission = store.missions.insert(input, illustrative);
    store.audit.record({ ...auditOf(actor, 'create', mission.id), before: null, after: mission });
    return mission;
  });
}

export function updateMission(store: Store, actor: Actor, id: number, patch: MissionPatch): Mission {
  return store.transaction(() => {
    const current = getMission(store, id);
    if (patch.periodType && patch.periodType !== current.periodType && store.assessments.listByMission(id).length > 0) {
      throw new AppError('conflict', 409, 'The period type cannot change once the mission has assessments', [
        { path: 'periodType', message: 'The mission already has assessments in its current period type' },
      ]);
    }
    const updated = store.missions.update(current, patch);
    store.audit.record({ ...auditOf(actor, 'update', id), before: current, after: updated });
    return updated;
  });
}

/** Missions are archived, never deleted: their assessments stay part of the record. */
export function archiveMission(store: Store, actor: Actor, id: number): Mission {
  return store.transaction(() => {
    const current = getMission(store, id);
    const archived = store.missions.update(current, { archived: true });
    store.audit.record({ ...auditOf(actor, 'archive', id), before: current, after: archived });
    return archived;
  });
}

function auditOf(actor: Actor, action: string, entityId: number) {
  return { userId: actor.userId, action, entity: 'mission', entityId };
}
