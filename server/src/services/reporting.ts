import type { Mission } from '@cpea/shared/mission';
import {
  reportingPeriods,
  reportingStatus,
  type MyWork,
  type ReportingGrid,
  type WorkItem,
} from '@cpea/shared/reporting';
import { missionPeriodSpan } from '@cpea/shared/mission-life';
import { PERIOD_TYPES, comparePeriods } from '@cpea/shared/periods';
import type { User } from '@cpea/shared/user';
import type { OpenAssessment } from '../db/assessments-repo';
import type { Store } from '../db/store';

// The reporting calendar and each user's work waiting (DESIGN: daily work of an M&E team).

/**
 * For each period type in use, the active missions alive in the window × its periods. Archived
 * missions and those that ended before the window are left out: they owe nothing.
 */
export function reportingGrid(
  store: Store,
  { today, lateAfterDays }: { today: string; lateAfterDays: number },
): ReportingGrid {
  const missions = store.missions.list(false).sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'));
  const sentBack = new Set(store.assessments.listOpen().flatMap((a) => (a.sentBack ? [a.id] : [])));
  const grids = PERIOD_TYPES.flatMap((periodType) => {
    const periods = reportingPeriods(periodType, today);
    const alive = missions.filter((mission) => mission.periodType === periodType && livesIn(mission, periods, today));
    if (alive.length === 0) return [];
    const rows = alive.map((mission) => {
      const assessments = store.assessments.statusesByPeriod(mission.id);
      return {
        mission: ref(mission),
        cells: periods.map((period) => {
          const assessment = assessments.get(period) ?? null;
          return {
            period,
            assessmentId: assessment?.id ?? null,
            status: reportingStatus({
              period,
              mission,
              assessment: assessment && { status: assessment.status, sentBack: sentBack.has(assessment.id) },
              today,
              lateAfterDays,
            }),
          };
        }),
      };
    });
    return [{ periodType, periods, rows }];
  });
  return { today, lateAfterDays, grids };
}

function livesIn(mission: Mission, periods: string[], today: string): boolean {
  const span = missionPeriodSpan(mission, new Date(`${today}T00:00:00Z`));
  return comparePeriods(span.last, periods[0]) >= 0 && comparePeriods(span.first, periods[periods.length - 1]) <= 0;
}

const ref = (mission: Pick<Mission, 'id' | 'acronym' | 'name' | 'nameFr'>) => ({
  id: mission.id,
  acronym: mission.acronym,
  name: mission.name,
  nameFr: mission.nameFr,
});

/** My drafts, my drafts sent back with the reason, and for an admin the submissions to approve. */
export function myWork(store: Store, user: Pick<User, 'id' | 'role'>): MyWork {
  const missions = new Map(store.missions.list(true).map((mission) => [mission.id, mission]));
  const item = (a: OpenAssessment): WorkItem => ({
    assessmentId: a.id,
    mission: ref(missions.get(a.missionId) as Mission),
    period: a.period,
    updatedAt: a.updatedAt,
  });
  const open = store.assessments.listOpen();
  const mine = open.filter((a) => a.status === 'draft' && a.authorId === user.id);
  return {
    drafts: mine.filter((a) => !a.sentBack).map(item),
    sentBack: mine.flatMap((a) => (a.sentBack ? [{ ...item(a), ...a.sentBack }] : [])),
    awaitingApproval: user.role === 'admin' ? open.filter((a) => a.status === 'submitted').map(item) : [],
  };
}
