import type { Mission } from '@cpea/shared/mission';
import { comparePeriods, periodOfDate } from '@cpea/shared/periods';
import { gedCountryName } from '@cpea/shared/ucdp';
import { csvRecords } from './csv-records';

// What a chosen file holds, read in the browser: which missions an assessments CSV names, and
// which countries and dates a UCDP GED file covers, so the screen can link to the missions an
// import touches. The server's dry run decides what is valid.

export interface MissionRef {
  id: number;
  acronym: string;
}

export interface AssessmentsFileSummary {
  kind: 'assessments';
  /** Distinct missions by id, in the order of the file; the acronym as the file writes it. */
  missions: MissionRef[];
}

export interface GedFileSummary {
  kind: 'ucdp';
  /** GED country names with their number of events, most events first. */
  countries: { name: string; events: number }[];
  /** First and last `date_start` (YYYY-MM-DD), or null when the file has no readable dates. */
  firstDate: string | null;
  lastDate: string | null;
}

export function summariseAssessmentsCsv(text: string): AssessmentsFileSummary {
  const [header = [], ...rows] = csvRecords(text);
  const idColumn = header.findIndex((name) => name.trim() === 'mission_id');
  const acronymColumn = header.findIndex((name) => name.trim() === 'mission_acronym');
  const missions = new Map<number, MissionRef>();
  if (idColumn >= 0) {
    for (const row of rows) {
      const text = (row[idColumn] ?? '').trim();
      if (!/^[1-9]\d{0,14}$/.test(text)) continue;
      const id = Number(text);
      if (!missions.has(id)) missions.set(id, { id, acronym: (row[acronymColumn] ?? '').trim() || `Mission ${id}` });
    }
  }
  return { kind: 'assessments', missions: [...missions.values()] };
}

export function summariseGedCsv(text: string): GedFileSummary {
  const [header = [], ...rows] = csvRecords(text);
  const countryColumn = header.findIndex((name) => name.trim() === 'country');
  const dateColumn = header.findIndex((name) => name.trim() === 'date_start');
  const events = new Map<string, number>();
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const row of rows) {
    const country = (row[countryColumn] ?? '').trim();
    if (countryColumn >= 0 && country) events.set(country, (events.get(country) ?? 0) + 1);
    const date = /^\d{4}-\d{2}-\d{2}/.exec((row[dateColumn] ?? '').trim())?.[0];
    if (dateColumn >= 0 && date) {
      if (firstDate == null || date < firstDate) firstDate = date;
      if (lastDate == null || date > lastDate) lastDate = date;
    }
  }
  const countries = [...events].map(([name, count]) => ({ name, events: count })).sort((a, b) => b.events - a.events);
  return { kind: 'ucdp', countries, firstDate, lastDate };
}

type GedMission = Pick<Mission, 'country' | 'archived' | 'startDate' | 'endDate' | 'periodType'>;

/**
 * The missions a GED file can touch: active, in a country it has events for (by GED's name), and
 * running in a period up to the file's last event, as the importer counts them.
 */
export function missionsInGedCountries<M extends GedMission>(missions: readonly M[], summary: GedFileSummary): M[] {
  const names = new Set(summary.countries.map((country) => fold(country.name)));
  const { firstDate, lastDate } = summary;
  return missions.filter((mission) => {
    const name = gedCountryName(mission.country);
    if (mission.archived || name == null || !names.has(fold(name)) || !firstDate || !lastDate) return false;
    const periodOf = (date: string) => periodOfDate(date, mission.periodType) as string;
    const startsInTime = comparePeriods(periodOf(mission.startDate), periodOf(lastDate)) <= 0;
    const endsInTime = mission.endDate == null || comparePeriods(periodOf(mission.endDate), periodOf(firstDate)) >= 0;
    return startsInTime && endsInTime;
  });
}

function fold(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}
