import type { ImportRowError } from '@cpea/shared/imports';
import { periodOutsideLife } from '@cpea/shared/mission-life';
import type { Mission } from '@cpea/shared/mission';
import { comparePeriods, periodOfDate } from '@cpea/shared/periods';
import { aggregateGedByPeriod, gedCountryName, parseGedEvents, type GedPeriodTotals } from '../ucdp/ged';
import { ImportErrors, MAX_IMPORT_ROWS, TooManyRows } from './import-limits';

// Reading a UCDP GED event file (DESIGN §7) without the database: the events are checked and
// counted per period for every mission the file covers. Runs in the import worker, off the
// server's event loop.

/** The counts one mission takes from the file, for every period from `first` to `last`. */
export interface GedMissionCounts {
  missionId: number;
  first: string;
  last: string;
  /** Periods with events; a period in the span without any had none. */
  totals: [string, GedPeriodTotals][];
}

export interface GedFile {
  rows: number;
  errors: ImportErrors;
  missions: GedMissionCounts[];
}

const HEADER_ROW = 1;

/** Throws TooManyRows past MAX_IMPORT_ROWS. */
export function readGedFile(text: string, missions: readonly Mission[], today = new Date()): GedFile {
  const { events, errors: rowErrors } = parseGedEvents(text);
  const rows = events.length + new Set(rowErrors.filter((e) => e.row > HEADER_ROW).map((e) => e.row)).size;
  if (rows > MAX_IMPORT_ROWS) throw new TooManyRows();
  const errors = new ImportErrors();
  for (const error of rowErrors) errors.add(error);
  if (errors.count > 0) return { rows, errors, missions: [] };

  const counts: GedMissionCounts[] = [];
  const reported = new Set<number>();
  for (const mission of missions) {
    const countryName = gedCountryName(mission.country);
    if (countryName == null) continue;
    const scope = { country: mission.country, areas: [], periodType: mission.periodType };
    const country = aggregateGedByPeriod(events, scope);
    const lastEvent = [...country.keys()].at(-1);
    if (lastEvent === undefined) continue;
    const first = periodOfDate(mission.startDate, mission.periodType) as string;
    if (mission.endDate == null && periodOutsideLife(lastEvent, mission, today)) {
      // Events after today, for a mission still running: not a record of anything that happened.
      futureEvents(events, mission, countryName, today, errors, reported);
      continue;
    }
    const totals =
      mission.areas.length > 0 ? aggregateGedByPeriod(events, { ...scope, areas: mission.areas }) : country;
    const end = mission.endDate ? (periodOfDate(mission.endDate, mission.periodType) as string) : lastEvent;
    const last = comparePeriods(end, lastEvent) < 0 ? end : lastEvent;
    if (comparePeriods(first, last) > 0) continue;
    counts.push({
      missionId: mission.id,
      first,
      last,
      totals: [...totals].filter(([period]) => comparePeriods(period, first) >= 0 && comparePeriods(period, last) <= 0),
    });
  }
  return { rows, errors, missions: counts };
}

function futureEvents(
  events: ReturnType<typeof parseGedEvents>['events'],
  mission: Mission,
  countryName: string,
  today: Date,
  errors: ImportErrors,
  reported: Set<number>,
) {
  const country = fold(countryName);
  events.forEach((event, index) => {
    if (fold(event.country) !== country) return;
    const period = periodOfDate(event.dateStart, mission.periodType);
    if (period == null) return;
    const outside = periodOutsideLife(period, mission, today);
    // With no row errors, the events are the file's rows in order.
    const row = index + HEADER_ROW + 1;
    if (
      outside &&
      !reported.has(row) &&
      comparePeriods(period, periodOfDate(mission.startDate, mission.periodType) as string) > 0
    ) {
      reported.add(row);
      const error: ImportRowError = {
        row,
        column: 'date_start',
        message: `${event.dateStart} is in the future for ${mission.acronym}. ${outside}`,
      };
      errors.add(error);
    }
  });
}

function fold(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}
