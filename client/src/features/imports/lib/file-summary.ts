import { csvRecords } from './csv-records';

// What a chosen UCDP GED file covers, read in the browser: its countries and dates, said beside
// the dry run's result. The server's dry run decides what is valid and which missions change.

export interface GedFileSummary {
  /** GED country names with their number of events, most events first. */
  countries: { name: string; events: number }[];
  /** First and last `date_start` (YYYY-MM-DD), or null when the file has no readable dates. */
  firstDate: string | null;
  lastDate: string | null;
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
  return { countries, firstDate, lastDate };
}
