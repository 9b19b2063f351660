import type { Assessment } from '@cpea/shared/assessment';
import type {
  GedImportReport,
  GedMissionReport,
  GedPeriodChange,
  ImportResult,
  UcdpGedImportQuery,
} from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import { gedVersionOfFileName } from '@cpea/shared/ucdp';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Store } from '../db/store';
import { GED_INDICATORS, indicatorTotals, noEvents, type GedMeasures, type GedPeriodTotals } from '../ucdp/ged';
import { coveredPeriods, gedCoverage, seriesPeriods, type GedCoverage } from '../ucdp/ged-coverage';
import type { Actor } from './actor';
import { isAuthorOrAdmin } from './assessments';
import { readInWorker, type CsvFile } from './import-thread';
import type { GedFileFacts, GedMissionCounts } from './import-ucdp-ged-read';
import { anotherAuthorsDraft, emptyPlan, failedResult, planWrite, runImport, type ImportPlan } from './imports';

// Real conflict-event data (DESIGN §7): a UCDP GED event file sets violent incidents, conflict
// fatalities and civilian casualties for every active mission in a country the file holds, in
// every period the file covers whole. The import worker reads the file and counts the events per
// mission and period (import-ucdp-ged-read.ts); here the counts meet the missions' assessments.

const KOSOVO_NOTE: Readonly<Record<string, string>> = {
  XKX: 'Kosovo takes the events GED codes to Kosovo, and those coded to Serbia (Yugoslavia) whose admin-1 unit names Kosovo or one of its districts',
  SRB: 'Serbia takes the events GED codes to Serbia (Yugoslavia) except those whose admin-1 unit names Kosovo or one of its districts, which are Kosovo’s',
};

/** Imports (or, on a dry run, checks) a UCDP GED event CSV into every mission it covers. */
export async function importUcdpGed(
  store: Store,
  actor: Actor,
  csv: CsvFile,
  options: UcdpGedImportQuery,
): Promise<ImportResult> {
  const missions = store.missions.list(false);
  const byId = new Map(missions.map((mission) => [mission.id, mission]));
  const counts: GedMissionCounts[] = [];
  let facts: GedFileFacts | null = null;
  const file = await readInWorker('ucdp-ged', csv, missions, (message) => {
    if (message.type !== 'ged') return;
    counts.push(...message.missions);
    facts = message.facts;
  });
  const read = facts as GedFileFacts | null;
  const version = options.version ?? (options.fileName ? gedVersionOfFileName(options.fileName) : null);
  const coverage = read ? gedCoverage(read.firstDate, read.lastDate, options) : null;
  const report = (reports: GedMissionReport[]): GedImportReport | undefined =>
    read
      ? {
          version,
          coverage,
          events: read.events,
          duplicates: read.duplicates,
          countries: read.countries,
          missions: reports,
          untouched: read.untouched.map((id) => missionRef(byId.get(id) as Mission)),
        }
      : undefined;
  if (file.errors.count > 0) return { ...failedResult(file.rows, file.errors.list()), ged: report([]) };

  const plan = emptyPlan(file.rows);
  const reports: GedMissionReport[] = [];
  const today = new Date();
  for (const mission of counts) {
    const target = byId.get(mission.missionId) as Mission;
    const { measures } = read as GedFileFacts;
    const series = planSeries(target, mission, coverage, measures, version, today, plan);
    reports.push({ ...planMission(store, actor, target, mission, coverage, measures, today, plan), series });
    await nextTurn();
  }
  const ged = report(reports) as GedImportReport;
  const result = await runImport(store, actor, 'import_ucdp_ged', 'ucdp_ged', options, plan, {
    version,
    coverage,
    events: ged.events,
    duplicates: ged.duplicates,
    seriesPeriods: plan.series.length,
  });
  return { ...result, ged };
}

function missionRef(mission: Mission) {
  return { id: mission.id, acronym: mission.acronym, country: mission.country };
}

/**
 * GED is a complete record of what it covers: in a covered period without events there were
 * none, a measured 0. Periods outside the coverage are left as they are; submitted and approved
 * assessments are reported with what the file would change, never changed.
 */
function planMission(
  store: Store,
  actor: Actor,
  mission: Mission,
  counts: GedMissionCounts,
  coverage: GedCoverage | null,
  measures: GedMeasures,
  today: Date,
  plan: ImportPlan,
): Omit<GedMissionReport, 'series'> {
  const periods = coverage ? coveredPeriods(coverage, mission, today) : [];
  const report: Omit<GedMissionReport, 'series'> = {
    ...missionRef(mission),
    first: periods[0] ?? null,
    last: periods.at(-1) ?? null,
    unchanged: 0,
    periods: [],
    note: KOSOVO_NOTE[mission.country] ?? null,
  };
  if (report.first == null || report.last == null) return report;
  const totals = new Map(counts.series.map(([period, series]) => [period, indicatorTotals(series)]));
  const none = indicatorTotals(noEvents(measures));
  const existing = new Map(
    store.assessments.listByMission(mission.id, report.first, report.last).map((a) => [a.period, a]),
  );
  for (const period of periods) {
    const values = totals.get(period) ?? none;
    const current = existing.get(period);
    if (!current) {
      report.periods.push({ period, action: 'create', status: null, changes: changesOf(null, values) });
      planWrite(plan, mission, {
        kind: 'create',
        missionId: mission.id,
        period,
        values,
        challenges: {},
        narrative: { achievements: '', setbacks: '', lessons: '' },
      });
      continue;
    }
    const changes = changesOf(current, values);
    if (changes.length === 0) {
      plan.unchanged++;
      report.unchanged++;
    } else if (current.status !== 'draft') {
      report.periods.push({ period, action: 'kept', status: current.status, changes });
    } else if (!isAuthorOrAdmin(store, actor, current)) {
      plan.errors.add({ row: null, column: null, message: anotherAuthorsDraft(mission, period) });
    } else {
      report.periods.push({ period, action: 'update', status: current.status, changes });
      planWrite(plan, mission, {
        kind: 'update',
        current,
        values: Object.fromEntries(changes.map((change) => [change.indicator, change.to])),
        challenges: {},
        narrative: current.narrative,
      });
    }
  }
  return report;
}

/**
 * The mission's event series takes every period the file covers whole, before and after the
 * mission's dates alike, a period without events as zeros; the periods outside the coverage keep
 * what an earlier file gave them.
 */
function planSeries(
  mission: Mission,
  counts: GedMissionCounts,
  coverage: GedCoverage | null,
  measures: GedMeasures,
  gedVersion: string | null,
  today: Date,
  plan: ImportPlan,
): GedMissionReport['series'] {
  const periods = coverage ? seriesPeriods(coverage, mission.periodType, today) : [];
  const totals = new Map(counts.series);
  for (const period of periods) {
    plan.series.push({ missionId: mission.id, period, totals: totals.get(period) ?? noEvents(measures), gedVersion });
  }
  return { first: periods[0] ?? null, last: periods.at(-1) ?? null, periods: periods.length };
}

function changesOf(current: Assessment | null, counts: GedPeriodTotals): GedPeriodChange['changes'] {
  return GED_INDICATORS.flatMap((indicator) => {
    const from = current?.values[indicator] ?? null;
    return from === counts[indicator] ? [] : [{ indicator, from, to: counts[indicator] }];
  });
}
