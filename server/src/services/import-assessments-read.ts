import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import {
  challengesSchema,
  checkValueRules,
  narrativeSchema,
  valuesSchema,
  valuesSchemaFor,
  PROVENANCES,
  type IndicatorValues,
  type Narrative,
  type Provenance,
} from '@cpea/shared/assessment';
import {
  CHALLENGE_IDS,
  ENTERED_INDICATORS,
  INDICATORS,
  KPI_IDS,
  type ChallengeId,
  type Indicator,
  type IndicatorId,
} from '@cpea/shared/catalog';
import {
  NARRATIVE_COLUMNS,
  REJECTED_REASON_COLUMN,
  challengeColumn,
  challengeNoteColumn,
  kpiScoreColumn,
  sourceColumn,
  type CsvSeparator,
  type ImportRowError,
} from '@cpea/shared/imports';
import { periodOutsideLife } from '@cpea/shared/mission-life';
import type { Mission } from '@cpea/shared/mission';
import { periodSchema, periodTypeOf } from '@cpea/shared/periods';
import { isPlainNumber, restoreFormula } from '../csv/formula';
import type { ImportErrors } from './import-limits';
import { EMPTY_FILE, MAX_IMPORT_ROWS, TooManyRows } from './import-limits';

// Reading the wide assessments CSV (DESIGN §7) without the database: every row is checked with
// the shared schemas against a snapshot of the missions, and every problem is reported with its
// row and column. Runs in the import worker, off the server's event loop.

const HEADER_ROW = 1;

type NarrativeField = keyof typeof NARRATIVE_COLUMNS;
export const NARRATIVE_FIELDS = Object.keys(NARRATIVE_COLUMNS) as NarrativeField[];

const REQUIRED_COLUMNS = [
  'mission_id',
  'period',
  ...ENTERED_INDICATORS.map((indicator) => indicator.id),
  ...CHALLENGE_IDS.map(challengeColumn),
];
const OPTIONAL_COLUMNS = [
  'mission_acronym',
  ...CHALLENGE_IDS.map(challengeNoteColumn),
  ...Object.values(NARRATIVE_COLUMNS),
  ...ENTERED_INDICATORS.map((indicator) => sourceColumn(indicator.id)),
];
/** Written by the export (or a rejected-rows file), worked out again by the server: accepted and ignored. */
const COMPUTED_COLUMNS = [
  REJECTED_REASON_COLUMN,
  'mission_name',
  'status',
  'updated_at',
  'overall_score',
  'completeness',
  ...KPI_IDS.map(kpiScoreColumn),
  ...INDICATORS.filter((indicator) => indicator.derived).map((indicator) => indicator.id),
];
const KNOWN_COLUMNS = new Set([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS, ...COMPUTED_COLUMNS]);

/** A mission as the reader checks rows against it: with the custom indicators it has. */
export type ImportMission = Mission & { customIndicators?: readonly Indicator[] };

/** One valid row of the file: every entered indicator and challenge, null for an empty cell. */
export interface ImportedRow {
  row: number;
  missionId: number;
  period: string;
  values: Record<IndicatorId, number | null>;
  severities: Record<ChallengeId, number | null>;
  /** Only the note columns the file has; the others are left as they are. */
  notes: Partial<Record<ChallengeId, string>>;
  /** The sources the file names for its values; a value without one comes from the CSV. */
  sources: Partial<Record<IndicatorId, Provenance>>;
  /** Only the narrative columns the file has; the others are left as they are. */
  narrative: Partial<Narrative>;
  /** The row's cells as the file has them, when the rows left out are to be given back. */
  cells?: string[];
}

/** A row left out, its cells as the file has them. */
export interface RejectedRow {
  row: number;
  cells: string[];
}

/** What an import that gives back the rows it leaves out needs from the reader. */
export interface RowKeeping {
  /** The header as read. */
  header: string[];
  /** The rows with errors, in file order. */
  rejected: RejectedRow[];
}

/**
 * The separator of a CSV file, read from its header: a semicolon when the header holds more
 * semicolons than commas outside quotes (what Excel saves where the decimal mark is a comma,
 * as in French), otherwise a comma.
 */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',') commas++;
    else if (char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads `text`, handing each valid row to `onRow` as it is read; answers the number of rows and
 * the separator it read. In a semicolon-separated file a number may have a decimal comma.
 * Throws TooManyRows past MAX_IMPORT_ROWS.
 */
export function readAssessmentRows(
  text: string,
  missions: readonly ImportMission[],
  errors: ImportErrors,
  onRow: (row: ImportedRow) => void,
  today = new Date(),
  /** Given, each row keeps its cells and the rows with errors are collected here. */
  keeping: RowKeeping | null = null,
): { rows: number; separator: CsvSeparator } {
  const separator = detectSeparator(text);
  if (text.trim() === '') {
    errors.add(EMPTY_FILE);
    return { rows: 0, separator };
  }
  const byId = new Map(missions.map((mission) => [mission.id, mission]));
  // A custom indicator's id is a known column when some mission of the file's snapshot has it.
  const customIds = new Set(missions.flatMap((mission) => (mission.customIndicators ?? []).map(({ id }) => id)));
  const readNumber = separator === ';' ? readNumberWithDecimalComma : readPlainNumber;
  let reader: RowReader | null = null;
  let rows = 0;
  try {
    parseCsv(text, {
      delimiter: separator,
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // Each record is checked as it is read and then dropped, so a large file is never held
      // twice over as cells.
      on_record: (record: string[], context) => {
        const row = context.records;
        if (row === HEADER_ROW) {
          const header = record.map((name) => name.trim());
          const headerErrors = checkHeader(header, customIds);
          for (const headerError of headerErrors) errors.add(headerError);
          if (keeping) keeping.header = header;
          if (headerErrors.length === 0) {
            reader = new RowReader(header, (id) => byId.get(id) ?? null, errors, today, readNumber);
          }
          return null;
        }
        if (!reader || record.every((cell) => cell.trim() === '')) return null;
        if (++rows > MAX_IMPORT_ROWS) throw new TooManyRows();
        const unchecked = errors.full;
        const result = reader.read(record, row);
        if (result) onRow(keeping ? { ...result, cells: record } : result);
        else if (keeping && !unchecked) keeping.rejected.push({ row, cells: record });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const row = typeof error.records === 'number' ? error.records + 1 : null;
    errors.add({ row, column: null, message: `The file is not valid CSV: ${error.message}` });
  }
  return { rows, separator };
}

function checkHeader(header: string[], customIds: ReadonlySet<string>): ImportRowError[] {
  const errors: ImportRowError[] = [];
  const headerError = (column: string, message: string) => errors.push({ row: HEADER_ROW, column, message });
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === '') headerError(name, `Column ${i + 1} has no name`);
    else if (seen.has(name)) headerError(name, `The column "${name}" appears more than once`);
    else if (!KNOWN_COLUMNS.has(name) && !customIds.has(name)) headerError(name, `Unknown column "${name}"`);
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
    private readonly missionById: (id: number) => ImportMission | null,
    private readonly errors: ImportErrors,
    private readonly today: Date,
    private readonly readNumber: NumberReader,
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
    const values = { ...this.readValues(), ...this.readCustomValues(mission) };
    const { severities, notes } = this.readChallenges();
    const sources = this.readSources();
    const narrative = this.readNarrative();
    if (mission && period) {
      const key = `${mission.id} ${period}`;
      const first = this.seen.get(key);
      if (first !== undefined) this.fail('period', `${mission.acronym} ${period} is already in row ${first}`);
      else this.seen.set(key, row);
    }
    if (this.failed || !mission || !period) return null;
    return { row, missionId: mission.id, period, values, severities, notes, sources, narrative };
  }

  private fail(column: string, message: string) {
    this.failed = true;
    this.errors.add({ row: this.row, column, message });
  }

  private cell(column: string): string | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : restoreFormula(this.record[i]);
  }

  private readMission(): ImportMission | null {
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
    if (!mission) return period;
    if (periodTypeOf(period) !== mission.periodType) {
      const example = mission.periodType === 'quarter' ? '2024Q1' : '2024-03';
      this.fail(
        'period',
        `${mission.acronym} reports by ${mission.periodType}: write the period like ${example}, not ${period}`,
      );
      return null;
    }
    // A mission holds assessments only for the periods it lived, so one file cannot give it
    // thousands of make-believe periods.
    const outside = periodOutsideLife(period, mission, this.today);
    if (outside) {
      this.fail('period', `${mission.acronym} ${period}: ${outside}`);
      return null;
    }
    return period;
  }

  private readValues(): Record<IndicatorId, number | null> {
    const values = {} as Record<IndicatorId, number | null>;
    let unreadable = false;
    for (const indicator of ENTERED_INDICATORS) {
      const text = this.cell(indicator.id) ?? '';
      const value = this.readNumber(text);
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

  /**
   * The row's custom indicator columns: each a value of an indicator its mission has, within
   * its range. An empty cell is "not measured"; a filled one for a mission without the indicator
   * is an error naming both.
   */
  private readCustomValues(mission: ImportMission | null): Record<IndicatorId, number | null> {
    const values: Record<IndicatorId, number | null> = {};
    if (!mission) return values;
    const own = new Map((mission.customIndicators ?? []).map((indicator) => [indicator.id, indicator]));
    for (const column of this.header) {
      if (KNOWN_COLUMNS.has(column)) continue;
      const text = this.cell(column) ?? '';
      const value = this.readNumber(text);
      const indicator = own.get(column);
      if (!indicator) {
        if (text.trim() !== '') this.fail(column, `${mission.acronym} has no indicator ${column}`);
        continue;
      }
      if (value === NOT_A_NUMBER) {
        this.fail(column, `${indicator.name} must be a number, not "${text.trim()}"`);
        continue;
      }
      // An unchanged retired value passes here; the import refuses only a new one (changeOf).
      const result = valuesSchemaFor([{ ...indicator, custom: undefined }]).safeParse({ [column]: value });
      if (!result.success) this.fail(column, result.error.issues[0].message);
      else values[column] = value;
    }
    return values;
  }

  private readChallenges() {
    const severities = {} as Record<ChallengeId, number | null>;
    const notes: Partial<Record<ChallengeId, string>> = {};
    const ratings: Partial<Record<ChallengeId, { severity: number | null; note?: string }>> = {};
    for (const id of CHALLENGE_IDS) {
      const note = this.cell(challengeNoteColumn(id));
      if (note !== undefined) notes[id] = note;
      const text = this.cell(challengeColumn(id)) ?? '';
      const severity = this.readNumber(text);
      if (severity === NOT_A_NUMBER) {
        this.fail(
          challengeColumn(id),
          `Write the severity as a whole number from 0 (none) to 4 (critical), not "${text.trim()}"`,
        );
      } else {
        severities[id] = severity;
        ratings[id] = { severity, note };
      }
    }
    const result = challengesSchema.safeParse(ratings);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const id = issue.path[0] as ChallengeId;
        this.fail(issue.path[1] === 'note' ? challengeNoteColumn(id) : challengeColumn(id), issue.message);
      }
    }
    return { severities, notes };
  }

  private readSources(): Partial<Record<IndicatorId, Provenance>> {
    const sources: Partial<Record<IndicatorId, Provenance>> = {};
    for (const indicator of ENTERED_INDICATORS) {
      const column = sourceColumn(indicator.id);
      const text = (this.cell(column) ?? '').trim();
      if (text === '') continue;
      if ((PROVENANCES as readonly string[]).includes(text)) sources[indicator.id] = text as Provenance;
      else this.fail(column, `Write the source as ${PROVENANCES.join(', ')} or leave it empty, not "${text}"`);
    }
    return sources;
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

type NumberReader = (text: string) => number | null | typeof NOT_A_NUMBER;

function readPlainNumber(text: string): number | null | typeof NOT_A_NUMBER {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return isPlainNumber(trimmed) ? Number(trimmed) : NOT_A_NUMBER;
}

/** 12,5 as well as 12.5; never a thousands separator, which would make 1,250 read as 1.25. */
function readNumberWithDecimalComma(text: string): number | null | typeof NOT_A_NUMBER {
  const trimmed = text.trim();
  return readPlainNumber(/^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
}
