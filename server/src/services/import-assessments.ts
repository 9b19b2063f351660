import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import {
  challengesSchema,
  checkValueRules,
  narrativeSchema,
  valuesSchema,
  type Assessment,
  type ChallengeRatings,
  type IndicatorValues,
  type Narrative,
} from '@cpea/shared/assessment';
import {
  CHALLENGE_IDS,
  ENTERED_INDICATORS,
  INDICATORS,
  KPI_IDS,
  type ChallengeId,
  type IndicatorId,
} from '@cpea/shared/catalog';
import {
  NARRATIVE_COLUMNS,
  challengeColumn,
  kpiScoreColumn,
  type ImportResult,
  type ImportRowError,
} from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import { periodSchema, periodTypeOf } from '@cpea/shared/periods';
import type { Store } from '../db/store';
import { isPlainNumber, restoreFormula } from '../csv/formula';
import type { Actor } from './actor';
import { addAssessment, updateAssessment } from './assessments';
import {
  EMPTY_FILE,
  ImportErrors,
  countWrite,
  emptyPlan,
  readCsvText,
  runImport,
  type ImportOptions,
  type ImportPlan,
} from './imports';

// Importing assessments from the wide CSV the export writes (DESIGN §7): every row is checked
// with the shared schemas, every problem is reported with its row and column, and the rows then
// create or update assessments by (mission, period), all together or not at all.

const HEADER_ROW = 1;

type NarrativeField = keyof typeof NARRATIVE_COLUMNS;
const NARRATIVE_FIELDS = Object.keys(NARRATIVE_COLUMNS) as NarrativeField[];

const REQUIRED_COLUMNS = [
  'mission_id',
  'period',
  ...ENTERED_INDICATORS.map((indicator) => indicator.id),
  ...CHALLENGE_IDS.map(challengeColumn),
];
const OPTIONAL_COLUMNS = ['mission_acronym', ...Object.values(NARRATIVE_COLUMNS)];
/** Written by the export, worked out again by the server: accepted and ignored. */
const COMPUTED_COLUMNS = [
  'mission_name',
  'status',
  'updated_at',
  'overall_score',
  'completeness',
  ...KPI_IDS.map(kpiScoreColumn),
  ...INDICATORS.filter((indicator) => indicator.derived).map((indicator) => indicator.id),
];
const KNOWN_COLUMNS = new Set([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...COMPUTED_COLUMNS]);

/** One valid row of the file: every entered indicator and challenge, null for an empty cell. */
interface ImportedRow {
  row: number;
  mission: Mission;
  period: string;
  values: Record<IndicatorId, number | null>;
  severities: Record<ChallengeId, number | null>;
  /** Only the narrative columns the file has; the others are left as they are. */
  narrative: Partial<Narrative>;
}

interface ReadFile {
  rows: number;
  valid: ImportedRow[];
  errors: ImportErrors;
}

/** Imports (or, on a dry run, checks) a wide assessments CSV. */
export function importAssessmentsCsv(store: Store, actor: Actor, body: Buffer, options: ImportOptions): ImportResult {
  const file = readAssessmentRows(store, readCsvText(body));
  return runImport(store, actor, 'import_csv', options, () => planAssessments(store, actor, file));
}

function readAssessmentRows(store: Store, text: string): ReadFile {
  const errors = new ImportErrors();
  if (text.trim() === '') {
    errors.add(EMPTY_FILE);
    return { rows: 0, valid: [], errors };
  }
  const missions = new Map<number, Mission | null>();
  const missionById = (id: number) => {
    if (!missions.has(id)) missions.set(id, store.missions.get(id));
    return missions.get(id) ?? null;
  };

  let reader: RowReader | null = null;
  const file: ReadFile = { rows: 0, valid: [], errors };
  try {
    parseCsv(text, {
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // Each record is checked as it is read and then dropped, so a large file is never held
      // twice over as cells.
      on_record: (record: string[], context) => {
        const row = context.records;
        if (row === HEADER_ROW) {
          const header = record.map((name) => name.trim());
          const headerErrors = checkHeader(header);
          for (const headerError of headerErrors) errors.add(headerError);
          if (headerErrors.length === 0) reader = new RowReader(header, missionById, errors);
          return null;
        }
        if (!reader || record.every((cell) => cell.trim() === '')) return null;
        file.rows++;
        const result = reader.read(record, row);
        if (result) file.valid.push(result);
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = typeof error.records === 'number' ? error.records + 1 : null;
    errors.add({ row, column: null, message: `The file is not valid CSV: ${error.message}` });
    return { rows: file.rows, valid: [], errors };
  }
  return file;
}

function checkHeader(header: string[]): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const headerError = (column: string, message: string) => errors.push({ row: HEADER_ROW, column, message });
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === '') headerError(name, `Column ${i + 1} has no name`);
    else if (seen.has(name)) headerError(name, `The column "${name}" appears more than once`);
    else if (!KNOWN_COLUMNS.has(name)) headerError(name, `Unknown column "${name}"`);
    seen.add(name);
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!seen.has(name)) headerError(name, `The required column "${name}" is missing`);
  }
  return errors;
}

const rowValuesSchema = valuesSchema.superRefine((values, ctx) => checkValueRules(values as IndicatorValues, ctx, []));

/**
 * Reads the rows under one header, remembering which (mission, period) pairs it has seen. Once
 * the error list is full the rest of the file is only counted: the import fails either way.
 */
class RowReader {
  private readonly index: Map<string, number>;
  private readonly seen = new Map<string, number>();
  private record: string[] = [];
  private row = 0;
  private failed = false;

  constructor(
    private readonly header: string[],
    private readonly missionById: (id: number) => Mission | null,
    private readonly errors: ImportErrors,
  ) {
    this.index = new Map(header.map((name, i) => [name, i]));
  }

  /** The row if it is valid; otherwise null, with its errors added to the list. */
  read(record: string[], row: number): ImportedRow | null {
    if (this.errors.full) {
      this.errors.skipped();
      return null;
    }
    if (record.length !== this.header.length) {
      this.errors.add({
        row,
        column: null,
        message: `This row has ${record.length} cells; the header has ${this.header.length}`,
      });
      return null;
    }
    this.record = record;
    this.row = row;
    this.failed = false;

    const mission = this.readMission();
    const acronym = this.cell('mission_acronym')?.trim();
    if (mission && acronym && acronym !== mission.acronym) {
      this.fail('mission_acronym', `Mission ${mission.id} is ${mission.acronym}, not "${acronym}"`);
    }
    const period = this.readPeriod(mission);
    const values = this.readValues();
    const severities = this.readSeverities();
    const narrative = this.readNarrative();
    if (mission && period) {
      const key = `${mission.id} ${period}`;
      const first = this.seen.get(key);
      if (first !== undefined) this.fail('period', `${mission.acronym} ${period} is already in row ${first}`);
      else this.seen.set(key, row);
    }
    if (this.failed || !mission || !period) return null;
    return { row, mission, period, values, severities, narrative };
  }

  private fail(column: string, message: string) {
    this.failed = true;
    this.errors.add({ row: this.row, column, message });
  }

  private cell(column: string): string | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : restoreFormula(this.record[i]);
  }

  private readMission(): Mission | null {
    const text = (this.cell('mission_id') ?? '').trim();
    const id = /^\d{1,15}$/.test(text) ? Number(text) : null;
    if (id == null || id < 1) {
      this.fail('mission_id', text === '' ? 'The mission id is missing' : `"${text}" is not a mission id`);
      return null;
    }
    const mission = this.missionById(id);
    if (!mission) this.fail('mission_id', `No mission with id ${id}`);
    return mission;
  }

  private readPeriod(mission: Mission | null): string | null {
    const period = (this.cell('period') ?? '').trim();
    const parsed = periodSchema.safeParse(period);
    if (!parsed.success) {
      this.fail('period', period === '' ? 'The period is missing' : `"${period}": ${parsed.error.issues[0].message}`);
      return null;
    }
    if (mission && periodTypeOf(period) !== mission.periodType) {
      const example = mission.periodType === 'quarter' ? '2024Q1' : '2024-03';
      this.fail(
        'period',
        `${mission.acronym} reports by ${mission.periodType}: write the period like ${example}, not ${period}`,
      );
      return null;
    }
    return period;
  }

  private readValues(): Record<IndicatorId, number | null> {
    const values = {} as Record<IndicatorId, number | null>;
    let unreadable = false;
    for (const indicator of ENTERED_INDICATORS) {
      const text = this.cell(indicator.id) ?? '';
      const value = readNumber(text);
      if (value === NOT_A_NUMBER) {
        this.fail(indicator.id, `${indicator.name} must be a number, not "${text.trim()}"`);
        unreadable = true;
      } else values[indicator.id] = value;
    }
    // With a cell unreadable, the cross-field rules would only repeat that error in other words.
    const result = (unreadable ? valuesSchema : rowValuesSchema).safeParse(values);
    if (!result.success) {
      for (const issue of result.error.issues) this.fail(String(issue.path[0] ?? 'values'), issue.message);
    }
    return values;
  }

  private readSeverities(): Record<ChallengeId, number | null> {
    const severities = {} as Record<ChallengeId, number | null>;
    const ratings: Partial<Record<ChallengeId, { severity: number | null }>> = {};
    for (const id of CHALLENGE_IDS) {
      const text = this.cell(challengeColumn(id)) ?? '';
      const severity = readNumber(text);
      if (severity === NOT_A_NUMBER) {
        this.fail(
          challengeColumn(id),
          `Write the severity as a whole number from 0 (none) to 4 (critical), not "${text.trim()}"`,
        );
      } else {
        severities[id] = severity;
        ratings[id] = { severity };
      }
    }
    const result = challengesSchema.safeParse(ratings);
    if (!result.success) {
      for (const issue of result.error.issues) this.fail(challengeColumn(issue.path[0] as ChallengeId), issue.message);
    }
    return severities;
  }

  private readNarrative(): Partial<Narrative> {
    const narrative: Partial<Narrative> = {};
    for (const field of NARRATIVE_FIELDS) {
      const text = this.cell(NARRATIVE_COLUMNS[field]);
      if (text !== undefined) narrative[field] = text;
    }
    const result = narrativeSchema.safeParse(narrative);
    if (!result.success) {
      for (const issue of result.error.issues)
        this.fail(NARRATIVE_COLUMNS[issue.path[0] as NarrativeField], issue.message);
    }
    return narrative;
  }
}

const NOT_A_NUMBER = Symbol('not a number');

function readNumber(text: string): number | null | typeof NOT_A_NUMBER {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return isPlainNumber(trimmed) ? Number(trimmed) : NOT_A_NUMBER;
}

/** What a row would change in an assessment, by column; empty when the row matches it. */
interface Change {
  columns: string[];
  values: IndicatorValues;
  challenges: ChallengeRatings;
  narrative: Partial<Narrative>;
}

function changeOf(current: Assessment, row: ImportedRow): Change {
  const change: Change = { columns: [], values: {}, challenges: {}, narrative: {} };
  for (const indicator of ENTERED_INDICATORS) {
    const next = row.values[indicator.id];
    if ((current.values[indicator.id] ?? null) !== next) {
      change.columns.push(indicator.id);
      change.values[indicator.id] = next;
    }
  }
  for (const id of CHALLENGE_IDS) {
    const rating = current.challenges[id];
    const next = row.severities[id];
    if ((rating?.severity ?? null) !== next) {
      change.columns.push(challengeColumn(id));
      // The file has no notes: a changed severity keeps the note it had.
      change.challenges[id] = { severity: next, note: rating?.note ?? '' };
    }
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

function planAssessments(store: Store, actor: Actor, file: ReadFile): ImportPlan {
  const plan = emptyPlan(file.rows, file.errors);
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
  for (const row of file.valid) {
    const { mission, period } = row;
    const id = assessmentIds(mission.id).get(period);
    const current = id == null ? null : store.assessments.get(id);
    if (!current) {
      if (mission.archived) {
        plan.errors.add({
          row: row.row,
          column: 'mission_id',
          message: `${mission.acronym} is archived; restore it before adding assessments`,
        });
        continue;
      }
      countWrite(plan, mission, 'created');
      // The checks createAssessment makes were made above, for the whole file, in this transaction.
      plan.writes.push(() => addAssessment(store, actor, mission.id, newAssessment(row), 'csv'));
      continue;
    }
    const change = changeOf(current, row);
    if (change.columns.length === 0) {
      plan.unchanged++;
      continue;
    }
    if (current.status !== 'draft') {
      plan.errors.add({
        row: row.row,
        column: change.columns[0],
        message: `${mission.acronym} ${period} is ${current.status} and cannot change (${change.columns.join(', ')}); an admin must reopen it to draft first`,
      });
      continue;
    }
    if (mission.archived) {
      plan.errors.add({
        row: row.row,
        column: 'mission_id',
        message: `${mission.acronym} is archived; restore it before changing its assessments`,
      });
      continue;
    }
    countWrite(plan, mission, 'updated');
    plan.writes.push(() =>
      updateAssessment(
        store,
        actor,
        current.id,
        {
          version: current.version,
          values: change.values,
          challenges: change.challenges,
          narrative: { ...current.narrative, ...change.narrative },
        },
        'csv',
      ),
    );
  }
  return plan;
}

function newAssessment(row: ImportedRow) {
  const values: IndicatorValues = {};
  for (const [id, value] of Object.entries(row.values) as [IndicatorId, number | null][]) {
    if (value != null) values[id] = value;
  }
  const challenges: ChallengeRatings = {};
  for (const [id, severity] of Object.entries(row.severities) as [ChallengeId, number | null][]) {
    if (severity != null) challenges[id] = { severity, note: '' };
  }
  return {
    period: row.period,
    values,
    challenges,
    narrative: { achievements: '', setbacks: '', lessons: '', ...row.narrative },
  };
}
