import type { Assessment, IndicatorValues } from '@cpea/shared/assessment';
import { getIndicator } from '@cpea/shared/catalog';
import type { ImportResult } from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import { comparePeriods, periodOfDate, periodRange } from '@cpea/shared/periods';
import type { Store } from '../db/store';
import {
  GED_INDICATORS,
  aggregateGedByPeriod,
  gedCountryName,
  parseGedEvents,
  type GedEvent,
  type GedPeriodTotals,
} from '../ucdp/ged';
import type { Actor } from './actor';
import { createAssessment, updateAssessment } from './assessments';
import {
  EMPTY_FILE,
  countWrite,
  emptyPlan,
  failedResult,
  readCsvText,
  runImport,
  type ImportOptions,
  type ImportPlan,
} from './imports';

// Real conflict-event data (DESIGN §7): a UCDP GED event file sets violent incidents, conflict
// fatalities and civilian casualties for every active mission in a country the file covers.

const NO_EVENTS: GedPeriodTotals = { violent_incidents: 0, conflict_fatalities: 0, civilian_casualties: 0 };

/** Imports (or, on a dry run, checks) a UCDP GED event CSV into every mission it covers. */
export function importUcdpGed(store: Store, actor: Actor, body: Buffer, options: ImportOptions): ImportResult {
  const text = readCsvText(body);
  if (text.trim() === '') return failedResult(0, [EMPTY_FILE]);
  const { events, errors } = parseGedEvents(text);
  const rows = events.length + new Set(errors.filter((e) => e.row > 1).map((e) => e.row)).size;
  if (errors.length > 0) return failedResult(rows, errors);
  return runImport(store, actor, 'import_ucdp_ged', options, () => {
    const plan = emptyPlan(rows);
    for (const mission of store.missions.list(false)) planMission(store, actor, mission, events, plan);
    return plan;
  });
}

/**
 * GED is a complete record: within the span it covers, a period without events had none. So
 * every period from the mission's start to its end (or the country's last event, if sooner)
 * counts, and an existing assessment in an event-free period gets zeros. Assessments are only
 * created for periods with events.
 */
function planMission(store: Store, actor: Actor, mission: Mission, events: readonly GedEvent[], plan: ImportPlan) {
  if (gedCountryName(mission.country) == null) return;
  const scope = { country: mission.country, areas: [], periodType: mission.periodType };
  const country = aggregateGedByPeriod(events, scope);
  const lastEvent = [...country.keys()].at(-1);
  if (lastEvent === undefined) return;
  const totals = mission.areas.length > 0 ? aggregateGedByPeriod(events, { ...scope, areas: mission.areas }) : country;

  const first = periodOfDate(mission.startDate, mission.periodType) as string;
  const end = mission.endDate ? (periodOfDate(mission.endDate, mission.periodType) as string) : lastEvent;
  const last = comparePeriods(end, lastEvent) < 0 ? end : lastEvent;
  if (comparePeriods(first, last) > 0) return;

  const existing = new Map(store.assessments.listByMission(mission.id, first, last).map((a) => [a.period, a]));
  for (const period of periodRange(first, last)) {
    const counts = totals.get(period);
    const current = existing.get(period);
    if (!current) {
      if (!counts) continue;
      countWrite(plan, mission, 'created');
      plan.writes.push(() =>
        createAssessment(
          store,
          actor,
          mission.id,
          { period, values: counts, challenges: {}, narrative: { achievements: '', setbacks: '', lessons: '' } },
          'ucdp_ged',
        ),
      );
      continue;
    }
    const changed = changedCounts(current, counts ?? NO_EVENTS);
    const names = Object.keys(changed);
    if (names.length === 0) {
      plan.unchanged++;
    } else if (current.status !== 'draft') {
      plan.errors.add({
        row: null,
        column: null,
        message: `${mission.acronym} ${period} is ${current.status}, and the file would change ${describe(current, changed)}; an admin must reopen it to draft first`,
      });
    } else {
      countWrite(plan, mission, 'updated');
      plan.writes.push(() =>
        updateAssessment(store, actor, current.id, { version: current.version, values: changed }, 'ucdp_ged'),
      );
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
