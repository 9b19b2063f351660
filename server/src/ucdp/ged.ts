import { CsvError, parse } from 'csv-parse/sync';
import { comparePeriods, periodOfDate, type PeriodType } from '@cpea/shared/periods';
import { gedCountryCode, isInKosovo, placeKey, type GedIndicatorId } from '@cpea/shared/ucdp';

export { GED_INDICATORS, type GedIndicatorId } from '@cpea/shared/ucdp';

// Reading a UCDP Georeferenced Event Dataset (GED) extract and turning its events into the
// three indicators it measures (DESIGN §7).

export const GED_REQUIRED_COLUMNS = ['id', 'country', 'adm_1', 'date_start', 'best', 'deaths_civilians'] as const;
/** Read when present: GED's own files have them, hand-made extracts may not. */
const COUNTRY_ID = 'country_id';
export const GED_OPTIONAL_MEASURES = ['low', 'high', 'type_of_violence'] as const;
type GedColumn = (typeof GED_REQUIRED_COLUMNS)[number] | typeof COUNTRY_ID | (typeof GED_OPTIONAL_MEASURES)[number];

/** GED's `type_of_violence`: 1 state-based, 2 non-state, 3 one-sided (against civilians). */
export type ViolenceType = 1 | 2 | 3;

export interface GedEvent {
  /** The file's row, the header being row 1. */
  row: number;
  id: string;
  /** GED's country name, e.g. "Central African Republic"; not an ISO code. */
  country: string;
  /** The ISO 3166-1 alpha-3 code of the country, from `country_id` or the name; null if unknown. */
  countryCode: string | null;
  /** First-order administrative unit, e.g. "Ouaka province"; empty when UCDP could not place it. */
  adm1: string;
  /** YYYY-MM-DD */
  dateStart: string;
  best: number;
  /** UCDP's low and high estimates of the deaths; null when the file has no such column. */
  low: number | null;
  high: number | null;
  deathsCivilians: number;
  /** Null when the file has no `type_of_violence` column. */
  typeOfViolence: ViolenceType | null;
}

/** Which of the measures GED's own files always carry a file has (hand-made extracts may lack them). */
export interface GedMeasures {
  low: boolean;
  high: boolean;
  typeOfViolence: boolean;
}

export interface GedRowError {
  /** 1-based, the header being row 1. */
  row: number;
  /** Null when the row as a whole could not be read. */
  column: GedColumn | null;
  message: string;
}

export interface GedParseResult {
  events: GedEvent[];
  errors: GedRowError[];
  measures: GedMeasures;
}

const HEADER_ROW = 1;

/**
 * UCDP's own CSV writes `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS.000`; its GeoJSON release, from
 * which the bundled extract was made, writes `YYYY-MM-DDTHH:MM:SS`.
 */
const GED_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2}\.\d{3}|T\d{2}:\d{2}:\d{2})?$/;
const WHOLE_NUMBER = /^\d+$/;

export function parseGedEvents(csv: string | Buffer): GedParseResult {
  let header: string[] = [];
  let records: Record<string, string>[];
  try {
    records = parse<Record<string, string>>(csv, {
      bom: true,
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      skip_empty_lines: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const parsedRecords = typeof error.records === 'number' ? error.records : 0;
    return {
      events: [],
      errors: [
        { row: parsedRecords + HEADER_ROW + 1, column: null, message: `The file is not valid CSV: ${error.message}` },
      ],
      measures: NO_MEASURES,
    };
  }
  const measures: GedMeasures = {
    low: header.includes('low'),
    high: header.includes('high'),
    typeOfViolence: header.includes('type_of_violence'),
  };

  const missing = GED_REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      events: [],
      errors: missing.map((column) => ({
        row: HEADER_ROW,
        column,
        message: `The header has no "${column}" column; is this a UCDP GED event file?`,
      })),
      measures,
    };
  }

  const events: GedEvent[] = [];
  const errors: GedRowError[] = [];
  records.forEach((record, index) => {
    const row = index + HEADER_ROW + 1;
    const rowErrors: GedRowError[] = [];
    const fail = (column: GedColumn, message: string) => rowErrors.push({ row, column, message });

    const id = record.id.trim();
    if (id === '') fail('id', 'The event id is empty');
    const country = record.country.trim();
    if (country === '') fail('country', 'The country is empty');
    const countryId = readCountryId(record[COUNTRY_ID]);
    if (countryId === undefined) {
      fail(COUNTRY_ID, `"${record[COUNTRY_ID]}" is not a Gleditsch–Ward country number`);
    }
    const dateStart = readDate(record.date_start);
    if (dateStart == null) {
      fail('date_start', `"${record.date_start}" is not a date (YYYY-MM-DD, optionally with a time)`);
    }
    const best = readCount(record.best);
    if (best == null) fail('best', `"${record.best}" is not a whole number of 0 or more`);
    const deathsCivilians = readCount(record.deaths_civilians);
    if (deathsCivilians == null) {
      fail('deaths_civilians', `"${record.deaths_civilians}" is not a whole number of 0 or more`);
    }

    const low = measures.low ? readCount(record.low) : null;
    if (measures.low && low == null) fail('low', `"${record.low}" is not a whole number of 0 or more`);
    const high = measures.high ? readCount(record.high) : null;
    if (measures.high && high == null) fail('high', `"${record.high}" is not a whole number of 0 or more`);
    const typeOfViolence = measures.typeOfViolence ? readViolenceType(record.type_of_violence) : null;
    if (measures.typeOfViolence && typeOfViolence == null) {
      fail('type_of_violence', `"${record.type_of_violence}" is not a type of violence (1, 2 or 3)`);
    }

    if (rowErrors.length > 0 || dateStart == null || best == null || deathsCivilians == null) {
      errors.push(...rowErrors);
      return;
    }
    const countryCode = gedCountryCode(countryId ?? null, country);
    events.push({
      row,
      id,
      country,
      countryCode,
      adm1: record.adm_1.trim(),
      dateStart,
      best,
      low,
      high,
      deathsCivilians,
      typeOfViolence,
    });
  });
  return { events, errors, measures };
}

const NO_MEASURES: GedMeasures = { low: false, high: false, typeOfViolence: false };

function readViolenceType(text: string): ViolenceType | null {
  const trimmed = text.trim();
  return trimmed === '1' || trimmed === '2' || trimmed === '3' ? (Number(trimmed) as ViolenceType) : null;
}

function readDate(text: string): string | null {
  const match = GED_DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Null for an absent or empty cell, undefined for one that is not a number. */
function readCountryId(text: string | undefined): number | null | undefined {
  if (text === undefined || text.trim() === '') return null;
  return readCount(text) ?? undefined;
}

function readCount(text: string): number | null {
  const trimmed = text.trim();
  if (!WHOLE_NUMBER.test(trimmed)) return null;
  const count = Number(trimmed);
  return Number.isSafeInteger(count) ? count : null;
}

export type GedPeriodTotals = Record<GedIndicatorId, number>;

export interface GedMissionScope {
  /** The mission's ISO 3166-1 alpha-3 code. */
  country: string;
  /** Admin-1 names the mission is limited to; empty for the whole country. */
  areas: readonly string[];
  periodType: PeriodType;
}

/**
 * Whether an event lies in the country a mission names. GED records Kosovo's events under
 * Serbia (Yugoslavia): they are Kosovo's where the admin-1 unit names Kosovo or one of its
 * districts, and Serbia's otherwise.
 */
export function inCountry(event: GedEvent, alpha3: string): boolean {
  return gedEventCountry(event) === alpha3.trim().toUpperCase();
}

/** The alpha-3 code of the country an event counts for; null when GED's country is unknown. */
export function gedEventCountry(event: GedEvent): string | null {
  return event.countryCode === 'SRB' && isInKosovo(event.adm1) ? 'XKX' : event.countryCode;
}

/**
 * One period of a mission's event series: events, the sums of UCDP's best, low and high death
 * estimates and of civilian deaths, and events by type of violence. A measure the file does not
 * carry is null, never 0.
 */
export interface GedSeriesTotals {
  events: number;
  best: number;
  low: number | null;
  high: number | null;
  deathsCivilians: number;
  stateBased: number | null;
  nonState: number | null;
  oneSided: number | null;
}

/** A period the file covers without events in the scope: every measure it carries is 0. */
export function noEvents(measures: GedMeasures): GedSeriesTotals {
  const type = measures.typeOfViolence ? 0 : null;
  return {
    events: 0,
    best: 0,
    low: measures.low ? 0 : null,
    high: measures.high ? 0 : null,
    deathsCivilians: 0,
    stateBased: type,
    nonState: type,
    oneSided: type,
  };
}

const TYPE_KEY = { 1: 'stateBased', 2: 'nonState', 3: 'oneSided' } as const;

/**
 * Per period of `date_start`, the events in the mission's country (and areas, if it names any)
 * summed as an event series. Periods without events are absent. An area matches the admin-1
 * name with the same placeKey: "Ouaka" is GED's "Ouaka province", never "Ouaka-Nord province".
 */
export function aggregateGedSeries(
  events: readonly GedEvent[],
  scope: GedMissionScope,
  measures: GedMeasures,
): Map<string, GedSeriesTotals> {
  const areas = new Set(scope.areas.map(placeKey));
  const totals = new Map<string, GedSeriesTotals>();
  for (const event of events) {
    if (!inCountry(event, scope.country)) continue;
    if (areas.size > 0 && !areas.has(placeKey(event.adm1))) continue;
    const period = periodOfDate(event.dateStart, scope.periodType);
    if (period == null) continue;
    const sum = totals.get(period) ?? noEvents(measures);
    sum.events += 1;
    sum.best += event.best;
    sum.deathsCivilians += event.deathsCivilians;
    if (sum.low != null && event.low != null) sum.low += event.low;
    if (sum.high != null && event.high != null) sum.high += event.high;
    if (event.typeOfViolence != null) {
      const key = TYPE_KEY[event.typeOfViolence];
      sum[key] = (sum[key] ?? 0) + 1;
    }
    totals.set(period, sum);
  }
  return new Map([...totals].sort(([a], [b]) => comparePeriods(a, b)));
}

/** The three indicators GED measures, from one period of the series. */
export function indicatorTotals(series: GedSeriesTotals): GedPeriodTotals {
  return {
    violent_incidents: series.events,
    conflict_fatalities: series.best,
    civilian_casualties: series.deathsCivilians,
  };
}

/**
 * Per period of `date_start`, the events in the mission's country (and areas, if it names any):
 * event count, sum of `best` and sum of `deaths_civilians`. Periods without events are absent.
 */
export function aggregateGedByPeriod(
  events: readonly GedEvent[],
  scope: GedMissionScope,
): Map<string, GedPeriodTotals> {
  const series = aggregateGedSeries(events, scope, NO_MEASURES);
  return new Map([...series].map(([period, totals]) => [period, indicatorTotals(totals)]));
}

/** GED's event ids are unique: a second row with an id already read is the same event again. */
export function dropDuplicateEvents(events: readonly GedEvent[]): { events: GedEvent[]; duplicates: number } {
  const seen = new Set<string>();
  const unique = events.filter((event) => !seen.has(event.id) && seen.add(event.id));
  return { events: unique, duplicates: events.length - unique.length };
}
