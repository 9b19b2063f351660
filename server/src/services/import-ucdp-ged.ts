import type { Assessment, IndicatorValues } from '@cpea/shared/assessment';
import { getIndicator } from '@cpea/shared/catalog';
import type { ImportResult } from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import { periodRange } from '@cpea/shared/periods';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Store } from '../db/store';
import { GED_INDICATORS, type GedPeriodTotals } from '../ucdp/ged';
import type { Actor } from './actor';
import { isAuthorOrAdmin } from './assessments';
import { readInWorker } from './import-thread';
import type { GedMissionCounts } from './import-ucdp-ged-read';
import {
  anotherAuthorsDraft,
  emptyPlan,
  failedResult,
  planWrite,
  runImport,
  type ImportOptions,
  type ImportPlan,
} from './imports';

// Real conflict-event data (DESIGN §7): a UCDP GED event file sets violent incidents, conflict
// fatalities and civilian casualties for every active mission in a country the file covers.
// The import worker reads the file and counts the events per mission and period
// (import-ucdp-ged-read.ts); here the counts are matched with the missions' assessments.

const NO_EVENTS: GedPeriodTotals = { violent_incidents: 0, conflict_fatalities: 0, civilian_casualties: 0 };

/** Imports (or, on a dry run, checks) a UCDP GED event CSV into every mission it covers. */
export async function importUcdpGed(
  store: Store,
  actor: Actor,
  body: Buffer,
  options: ImportOptions,
): Promise<ImportResult> {
  const missions = store.missions.list(false);
  const byId = new Map(missions.map((mission) => [mission.id, mission]));
  const counts: GedMissionCounts[] = [];
  const file = await readInWorker('ucdp-ged', body, missions, (message) => {
    if (message.type === 'ged') counts.push(...message.missions);
  });
  if (file.errors.count > 0) return failedResult(file.rows, file.errors.list());
  const plan = emptyPlan(file.rows);
  for (const mission of counts) {
    planMission(store, actor, byId.get(mission.missionId) as Mission, mission, plan);
    await nextTurn();
  }
  return runImport(store, actor, 'import_ucdp_ged', 'ucdp_ged', options, plan);
}

/**
 * GED is a complete record: within the span it covers, a period without events had none. So
 * every period from the mission's start to its end (or the country's last event, if sooner)
 * counts, and an existing assessment in an event-free period gets zeros. Assessments are only
 * created for periods with events.
 */
function planMission(store: Store, actor: Actor, mission: Mission, counts: GedMissionCounts, plan: ImportPlan) {
  const { first, last } = counts;
  const totals = new Map(counts.totals);
  const existing = new Map(store.assessments.listByMission(mission.id, first, last).map((a) => [a.period, a]));
  for (const period of periodRange(first, last)) {
    const periodCounts = totals.get(period);
    const current = existing.get(period);
    if (!current) {
      if (!periodCounts) continue;
      planWrite(plan, mission, {
        kind: 'create',
        missionId: mission.id,
        period,
        values: periodCounts,
        challenges: {},
        narrative: { achievements: '', setbacks: '', lessons: '' },
      });
      continue;
    }
    const changed = changedCounts(current, periodCounts ?? NO_EVENTS);
    const names = Object.keys(changed);
    if (names.length === 0) {
      plan.unchanged++;
    } else if (current.status !== 'draft') {
      plan.errors.add({
        row: null,
        column: null,
        message: `${mission.acronym} ${period} is ${current.status}, and the file would change ${describe(current, changed)}; an admin must reopen it to draft first`,
      });
    } else if (!isAuthorOrAdmin(store, actor, current)) {
      plan.errors.add({ row: null, column: null, message: anotherAuthorsDraft(mission, period) });
    } else {
      planWrite(plan, mission, {
        kind: 'update',
        current,
        values: changed,
        challenges: {},
        narrative: current.narrative,
      });
    }
  }
}

function changedCounts(current: Assessment, counts: GedPeriodTotals): IndicatorValues {
  const changed: IndicatorValues = {};
  for (const id of GED_INDICATORS) {
    if ((current.values[id] ?? null) !== counts[id]) changed[id] = counts[id];
  }
  return changed;
}

function describe(current: Assessment, changed: IndicatorValues): string {
  return Object.entries(changed)
    .map(([id, value]) => {
      const indicator = getIndicator(id as (typeof GED_INDICATORS)[number]);
      return `${indicator.name.toLowerCase()} ${current.values[indicator.id] ?? 'not measured'} → ${value}`;
    })
    .join(', ');
}
