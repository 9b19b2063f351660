import type { Assessment, ChallengeRatings, IndicatorValues, Narrative } from '@cpea/shared/assessment';
import { CHALLENGE_IDS, type ChallengeId, type IndicatorId } from '@cpea/shared/catalog';
import { NARRATIVE_COLUMNS, challengeColumn, challengeNoteColumn, type ImportResult } from '@cpea/shared/imports';
import type { Store } from '../db/store';
import type { Actor } from './actor';
import { NARRATIVE_FIELDS, type ImportMission, type ImportedRow } from './import-assessments-read';
import { indicatorSetOf } from './indicator-set';
import { isAuthorOrAdmin } from './assessments';
import { rejectedRowsCsv } from './import-rejected';
import { readInWorker, type CsvFile } from './import-thread';
import {
  anotherAuthorsDraft,
  emptyPlan,
  planWrite,
  runImport,
  type ImportOptions,
  type ImportPlan,
  type ValueSources,
} from './imports';

// Importing assessments from the wide CSV the export writes (DESIGN §7): the import worker reads
// and checks every row (import-assessments-read.ts); here each valid row is matched with the
// assessment it creates or updates by (mission, period), and the rows are then written all
// together or not at all.

/**
 * Imports (or, on a dry run, checks) a wide assessments CSV: all of it or nothing, or with
 * `validRowsOnly` its valid rows, giving the others back with their reasons.
 */
export async function importAssessmentsCsv(
  store: Store,
  actor: Actor,
  csv: CsvFile,
  options: ImportOptions & { validRowsOnly?: boolean },
): Promise<ImportResult> {
  const missions: ImportMission[] = store.missions.list(true).map((mission) => ({
    ...mission,
    customIndicators: indicatorSetOf(store, mission.id).filter((indicator) => indicator.custom),
  }));
  const byId = new Map(missions.map((mission) => [mission.id, mission]));
  const plan = emptyPlan();
  const planRow = assessmentPlanner(store, actor, plan);
  const keepRows = options.validRowsOnly === true;
  /** The cells of each row the planning refuses (valid rows only). */
  const refused = new Map<number, string[]>();
  const file = await readInWorker(
    'assessments',
    csv,
    missions,
    (message) => {
      if (message.type !== 'rows') return;
      for (const row of message.rows) {
        const before = plan.errors.count;
        planRow(byId.get(row.missionId) as ImportMission, row);
        if (row.cells && plan.errors.count > before) refused.set(row.row, row.cells);
      }
    },
    keepRows,
  );
  // The file's own errors come first, as they are found first; the plan's follow while the
  // list has room.
  file.errors.merge(plan.errors);
  const { separator = ',' } = file;
  const rejected =
    keepRows && file.kept
      ? rejectedRowsCsv(
          file.kept.header,
          new Map([...file.kept.rejected.map(({ row, cells }) => [row, cells] as const), ...refused]),
          file.errors.list(),
          separator,
        )
      : null;
  const result = await runImport(
    store,
    actor,
    'import_csv',
    'csv',
    { ...options, skipRejected: rejected != null },
    { ...plan, rows: file.rows, errors: file.errors },
    { separator, ...(rejected ? { rejected: rejected.rows } : {}) },
  );
  return { ...result, separator, ...(rejected ? { rejected } : {}) };
}

/** What a row would change in an assessment, by column; empty when the row matches it. */
interface Change {
  columns: string[];
  values: IndicatorValues;
  sources: ValueSources;
  challenges: ChallengeRatings;
  narrative: Partial<Narrative>;
}

function changeOf(current: Assessment, row: ImportedRow): Change {
  const change: Change = { columns: [], values: {}, sources: {}, challenges: {}, narrative: {} };
  // Every entered indicator's column, and the custom indicators' the file has.
  for (const [id, next] of Object.entries(row.values)) {
    // A source alone does not change a value: it says where a value the file writes came from.
    if ((current.values[id] ?? null) !== next) {
      change.columns.push(id);
      change.values[id] = next;
      const source = row.sources[id];
      if (source) change.sources[id] = source;
    }
  }
  for (const id of CHALLENGE_IDS) {
    const rating = current.challenges[id];
    const severity = row.severities[id];
    // Without its note column, a changed severity keeps the note it had.
    const note = row.notes[id] ?? rating?.note ?? '';
    const severityChanged = (rating?.severity ?? null) !== severity;
    if (severityChanged) change.columns.push(challengeColumn(id));
    if (note !== (rating?.note ?? '')) change.columns.push(challengeNoteColumn(id));
    if (severityChanged || note !== (rating?.note ?? '')) change.challenges[id] = { severity, note };
  }
  for (const field of NARRATIVE_FIELDS) {
    const next = row.narrative[field];
    if (next !== undefined && next !== current.narrative[field]) {
      change.columns.push(NARRATIVE_COLUMNS[field]);
      change.narrative[field] = next;
    }
  }
  return change;
}

/** A new value in `values` for one of the mission's retired custom indicators, if any: it takes none. */
function retiredValue(mission: ImportMission, values: IndicatorValues) {
  return (mission.customIndicators ?? []).find(
    (indicator) => indicator.custom?.retiredAt && values[indicator.id] != null,
  );
}

/** Plans one valid row at a time, against the database as it is now. */
function assessmentPlanner(store: Store, actor: Actor, plan: ImportPlan) {
  // A mission's periods are looked up once, not once per row: a file has many rows per mission.
  const assessed = new Map<number, Map<string, number>>();
  const assessmentIds = (missionId: number) => {
    let ids = assessed.get(missionId);
    if (!ids) {
      ids = store.assessments.idsByPeriod(missionId);
      assessed.set(missionId, ids);
    }
    return ids;
  };
  return (mission: ImportMission, row: ImportedRow) => {
    const { period } = row;
    const id = assessmentIds(mission.id).get(period);
    const current = id == null ? null : store.assessments.get(id);
    const retired = retiredValue(mission, current ? changeOf(current, row).values : row.values);
    if (retired) {
      plan.errors.add({
        row: row.row,
        column: retired.id,
        message: `${mission.acronym} ${period}: ${retired.name} is retired and takes no new values`,
      });
      return;
    }
    if (!current) {
      // A template's row left as it came creates nothing.
      if (isBlank(row)) {
        plan.unchanged++;
        return;
      }
      if (mission.archived) {
        plan.errors.add({
          row: row.row,
          column: 'mission_id',
          message: `${mission.acronym} is archived; restore it before adding assessments`,
        });
        return;
      }
      planWrite(plan, mission, { kind: 'create', missionId: mission.id, ...newAssessment(row) });
      return;
    }
    const change = changeOf(current, row);
    if (change.columns.length === 0) {
      plan.unchanged++;
      return;
    }
    if (current.status !== 'draft') {
      plan.errors.add({
        row: row.row,
        column: change.columns[0],
        message: `${mission.acronym} ${period} is ${current.status} and cannot change (${change.columns.join(', ')}); an admin must reopen it to draft first`,
      });
      return;
    }
    if (mission.archived) {
      plan.errors.add({
        row: row.row,
        column: 'mission_id',
        message: `${mission.acronym} is archived; restore it before changing its assessments`,
      });
      return;
    }
    if (!isAuthorOrAdmin(store, actor, current)) {
      plan.errors.add({ row: row.row, column: change.columns[0], message: anotherAuthorsDraft(mission, period) });
      return;
    }
    planWrite(plan, mission, {
      kind: 'update',
      current,
      values: change.values,
      sources: change.sources,
      challenges: change.challenges,
      narrative: { ...current.narrative, ...change.narrative },
    });
  };
}

function isBlank(row: ImportedRow): boolean {
  return (
    Object.values(row.values).every((value) => value == null) &&
    Object.values(row.severities).every((severity) => severity == null) &&
    Object.values(row.notes).every((note) => note === '') &&
    Object.values(row.narrative).every((text) => text === '')
  );
}

function newAssessment(row: ImportedRow) {
  const values: IndicatorValues = {};
  for (const [id, value] of Object.entries(row.values) as [IndicatorId, number | null][]) {
    if (value != null) values[id] = value;
  }
  const challenges: ChallengeRatings = {};
  for (const [id, severity] of Object.entries(row.severities) as [ChallengeId, number | null][]) {
    const note = row.notes[id] ?? '';
    if (severity != null || note !== '') challenges[id] = { severity, note };
  }
  return {
    period: row.period,
    values,
    sources: row.sources,
    challenges,
    narrative: { achievements: '', setbacks: '', lessons: '', ...row.narrative },
  };
}
