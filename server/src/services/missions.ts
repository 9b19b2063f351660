import type { Assessment, AssessmentStatus } from '@cpea/shared/assessment';
import {
  endDateIssue,
  type Mission,
  type MissionChanges,
  type MissionPatch,
  type ParsedMissionInput,
} from '@cpea/shared/mission';
import { missionPeriodSpan, periodOutsideLife } from '@cpea/shared/mission-life';
import { formatPeriod, periodTypeOf } from '@cpea/shared/periods';
import { latestReported, reportingOf, type MissionSummary } from '@cpea/shared/portfolio';
import type { MissionListQuery } from '@cpea/shared/queries';
import { trendOf, type PeriodHeadline, type ScoreBasis } from '@cpea/shared/scoring';
import type { Store } from '../db/store';
import { conflict, invalid, notFound } from '../domain-error';
import type { Actor } from './actor';
import { scoreMissionHistory } from './published-scores';
import { checkVersion, staleVersion } from './versions';

export function getMission(store: Store, id: number): Mission {
  const mission = store.missions.get(id);
  if (!mission) throw notFound(`Mission ${id}`);
  return mission;
}

/**
 * The portfolio: each mission's latest score, trend and sparkline. By default from its approved
 * assessments' published scores, read as stored, so the answer costs no scoring however long the
 * history; with `includeUnapproved`, drafts and submissions are scored live beside them.
 */
export function listMissionSummaries(
  store: Store,
  query: MissionListQuery,
  today: Date = new Date(),
): MissionSummary[] {
  const counts = store.assessments.countsByMission();
  const submitted = store.assessments.submittedByMission();
  const published = query.includeUnapproved ? null : store.publishedScores.headlinesByMission();
  const periodsOf = (missionId: number): ScoredHeadline[] =>
    published
      ? (published.get(missionId) ?? []).map((p) => ({ ...p, status: 'approved', scoreBasis: 'published' }))
      : scoreMissionHistory(store, missionId, store.assessments.listByMission(missionId)).periods;
  const summaries = store.missions.list(query.includeArchived).map((mission) => {
    const periods = periodsOf(mission.id);
    const last = periods.at(-1);
    return {
      ...mission,
      assessmentCount: counts.get(mission.id) ?? 0,
      latestPeriod: last?.period ?? null,
      latest: last
        ? {
            period: last.period,
            overall: last.overall,
            band: last.band,
            completeness: last.completeness,
            status: last.status,
            scoreBasis: last.scoreBasis,
          }
        : null,
      trend: trendOf(periods).trend,
      awaitingApproval: submitted.get(mission.id) ?? [],
      sparkline: periods.map((p) => ({ period: p.period, overall: p.overall, status: p.status })),
    };
  });
  // Archived missions never set the latest period, so the answer is the same with or without them.
  const latest = latestReported(summaries);
  return summaries.map((summary) => ({ ...summary, reporting: reportingOf(summary, latest, today) }));
}

type ScoredHeadline = PeriodHeadline & { status: AssessmentStatus; scoreBasis: ScoreBasis };

export function createMission(store: Store, actor: Actor, input: ParsedMissionInput, illustrative = false): Mission {
  return store.transaction(() => {
    const mission = store.missions.insert(input, illustrative);
    store.audit.record({ ...auditOf(actor, 'create', mission.id), before: null, after: mission });
    return mission;
  });
}

export function updateMission(store: Store, actor: Actor, id: number, { version, ...patch }: MissionPatch): Mission {
  return store.transaction(() => {
    const current = getMission(store, id);
    checkVersion('mission', current, version);
    const next = { ...current, ...patch };
    const assessments = store.assessments.listByMission(id);
    if (patch.periodType && patch.periodType !== current.periodType && assessments.length > 0) {
      throw conflict('The period type cannot change once the mission has assessments', [
        { path: 'periodType', message: 'The mission already has assessments in its current period type' },
      ]);
    }
    const datesIssue = endDateIssue(next);
    if (datesIssue) {
      throw invalid('The mission is not valid', [
        { path: patch.endDate ? 'endDate' : 'startDate', message: datesIssue },
      ]);
    }
    checkAssessmentsWithinLife(next, patch, assessments);
    const updated = store.missions.update(current, patch);
    if (!updated) throw staleVersion('mission', current);
    store.audit.record({ ...auditOf(actor, 'update', id), before: current, after: updated });
    return updated;
  });
}

/** New dates may not leave assessments outside the mission's life: they would belong to no period it ran. */
function checkAssessmentsWithinLife(next: Mission, patch: MissionChanges, assessments: Assessment[]) {
  if (patch.startDate === undefined && patch.endDate === undefined) return;
  const outside = assessments
    // A legacy row whose period no longer reads as one of the mission's is left to the comparison to skip.
    .filter((assessment) => periodTypeOf(assessment.period) === next.periodType)
    .filter((assessment) => periodOutsideLife(assessment.period, next) !== null)
    .map((assessment) => formatPeriod(assessment.period));
  if (outside.length === 0) return;
  const { first, last } = missionPeriodSpan(next);
  const shown =
    outside.length > 5 ? `${outside.slice(0, 5).join(', ')} and ${outside.length - 5} more` : outside.join(', ');
  const message = `These dates would leave assessments outside the mission's life (${formatPeriod(first)} to ${formatPeriod(last)}): ${shown}`;
  throw conflict(
    `${next.acronym} has assessments outside the new dates; move or delete them first`,
    (['startDate', 'endDate'] as const).filter((key) => patch[key] !== undefined).map((path) => ({ path, message })),
  );
}

/** Missions are archived, never deleted: their assessments stay part of the record. */
export function archiveMission(store: Store, actor: Actor, id: number): Mission {
  return store.transaction(() => {
    const current = getMission(store, id);
    const archived = store.missions.update(current, { archived: true });
    if (!archived) throw staleVersion('mission', current);
    store.audit.record({ ...auditOf(actor, 'archive', id), before: current, after: archived });
    return archived;
  });
}

function auditOf(actor: Actor, action: string, entityId: number) {
  return { userId: actor.userId, action, entity: 'mission', entityId };
}
