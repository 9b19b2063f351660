import { periodOutsideLife } from '@cpea/shared/mission-life';
import type { Mission } from '@cpea/shared/mission';
import { comparePeriods, periodOfDate } from '@cpea/shared/periods';
import {
  aggregateGedSeries,
  dropDuplicateEvents,
  gedEventCountry,
  parseGedEvents,
  type GedEvent,
  type GedMeasures,
  type GedSeriesTotals,
} from '../ucdp/ged';
import { unknownAreas } from '../ucdp/ged-areas';
import { ImportErrors, MAX_IMPORT_ROWS, TooManyRows } from './import-limits';

// Reading a UCDP GED event file (DESIGN §7) without the database: the events are checked,
// duplicates dropped, and counted per period for every mission whose country the file holds.
// Runs in the import worker, off the server's event loop.

/** The counts one mission takes from the file. */
export interface GedMissionCounts {
  missionId: number;
  /** Every period with events in the mission's country (and areas), in order; a period absent had none. */
  series: [string, GedSeriesTotals][];
}

export interface GedCountryEvents {
  /** As GED writes it. */
  name: string;
  /** ISO 3166-1 alpha-3; null for a country GED names that no code is known for. */
  code: string | null;
  events: number;
}

/** What the file holds, as a whole. */
export interface GedFileFacts {
  /** Distinct events. */
  events: number;
  /** Rows repeating an event id already read, dropped. */
  duplicates: number;
  /** Earliest and latest `date_start` (YYYY-MM-DD); null when the file has no events. */
  firstDate: string | null;
  lastDate: string | null;
  /** Most events first. */
  countries: GedCountryEvents[];
  /** Missions in a country the file holds no event in. */
  untouched: number[];
  /** The optional measures the file carries (low, high, type of violence). */
  measures: GedMeasures;
}

export interface GedFile {
  rows: number;
  errors: ImportErrors;
  missions: GedMissionCounts[];
  facts: GedFileFacts;
}

const HEADER_ROW = 1;

/** Throws TooManyRows past MAX_IMPORT_ROWS. */
export function readGedFile(text: string, missions: readonly Mission[], today = new Date()): GedFile {
  const { events: read, errors: rowErrors, measures } = parseGedEvents(text);
  const rows = read.length + new Set(rowErrors.filter((e) => e.row > HEADER_ROW).map((e) => e.row)).size;
  if (rows > MAX_IMPORT_ROWS) throw new TooManyRows();
  const errors = new ImportErrors();
  for (const error of rowErrors) errors.add(error);
  const { events, duplicates } = dropDuplicateEvents(read);
  const byCountry = eventsByCountry(events);
  const facts = { ...factsOf(events, duplicates, byCountry, missions), measures };
  if (errors.count > 0) return { rows, errors, missions: [], facts };

  const counts: GedMissionCounts[] = [];
  for (const mission of missions) {
    const inCountry = byCountry.get(mission.country);
    if (!inCountry) continue;
    for (const { area, closest } of unknownAreas(mission.areas, new Set(inCountry.map((event) => event.adm1)))) {
      errors.add({
        row: null,
        column: 'adm_1',
        message: `${mission.acronym}'s area "${area}" matches no admin-1 name of the file's events in its country; the closest are ${closest.map((name) => `"${name}"`).join(', ')}`,
      });
    }
    if (mission.endDate == null) futureEvents(inCountry, mission, today, errors);
    const series = aggregateGedSeries(inCountry, mission, measures);
    counts.push({ missionId: mission.id, series: [...series] });
  }
  if (counts.length === 0 && events.length > 0) {
    const names = facts.countries.map((country) => country.name).join(', ');
    errors.add({
      row: null,
      column: 'country',
      message: `The file holds events in ${names}; no active mission is in any of them`,
    });
  }
  return { rows, errors, missions: errors.count > 0 ? [] : counts, facts };
}

function eventsByCountry(events: readonly GedEvent[]): Map<string, GedEvent[]> {
  const byCountry = new Map<string, GedEvent[]>();
  for (const event of events) {
    const code = gedEventCountry(event);
    if (code == null) continue;
    const list = byCountry.get(code) ?? [];
    list.push(event);
    byCountry.set(code, list);
  }
  return byCountry;
}

function factsOf(
  events: readonly GedEvent[],
  duplicates: number,
  byCountry: ReadonlyMap<string, GedEvent[]>,
  missions: readonly Mission[],
): Omit<GedFileFacts, 'measures'> {
  const countries = new Map<string, GedCountryEvents>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const event of events) {
    const code = gedEventCountry(event);
    // Kosovo's events are told apart from Serbia's though GED names both alike.
    const name = code === 'XKX' && event.countryCode !== 'XKX' ? `${event.country}: Kosovo` : event.country;
    const entry = countries.get(name) ?? { name, code, events: 0 };
    entry.events++;
    countries.set(name, entry);
    if (firstDate == null || event.dateStart < firstDate) firstDate = event.dateStart;
    if (lastDate == null || event.dateStart > lastDate) lastDate = event.dateStart;
  }
  return {
    events: events.length,
    duplicates,
    firstDate,
    lastDate,
    countries: [...countries.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name, 'en')),
    untouched: missions.filter((mission) => !byCountry.has(mission.country)).map((mission) => mission.id),
  };
}

/** Events after today, for a mission still running: not a record of anything that happened. */
function futureEvents(events: readonly GedEvent[], mission: Mission, today: Date, errors: ImportErrors) {
  const first = periodOfDate(mission.startDate, mission.periodType) as string;
  for (const event of events) {
    const period = periodOfDate(event.dateStart, mission.periodType);
    if (period == null || comparePeriods(period, first) <= 0) continue;
    const outside = periodOutsideLife(period, mission, today);
    if (outside) {
      errors.add({
        row: event.row,
        column: 'date_start',
        message: `${event.dateStart} is in the future for ${mission.acronym}. ${outside}`,
      });
    }
  }
}
