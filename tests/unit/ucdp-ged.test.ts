import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  aggregateGedByPeriod,
  aggregateGedSeries,
  dropDuplicateEvents,
  GED_REQUIRED_COLUMNS,
  indicatorTotals,
  noEvents,
  parseGedEvents,
  type GedEvent,
  type GedPeriodTotals,
  type GedSeriesTotals,
} from '../../server/src/ucdp/ged';
import { seriesPeriods } from '../../server/src/ucdp/ged-coverage';
import { gedCitation, UCDP_GED_CITATION } from '../../shared/src/ucdp';

const EXTRACT = new URL('../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv', import.meta.url);
const extract = fs.readFileSync(EXTRACT);

const HEADER = GED_REQUIRED_COLUMNS.join(',');
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const event = (overrides: Partial<GedEvent>): GedEvent => ({
  row: 2,
  id: '1',
  country: 'Central African Republic',
  countryCode: 'CAF',
  adm1: 'Ouaka province',
  dateStart: '2020-01-15',
  best: 1,
  low: null,
  high: null,
  deathsCivilians: 0,
  typeOfViolence: null,
  ...overrides,
});

describe('parseGedEvents on the bundled UCDP GED 23.1 extract', () => {
  const { events, errors } = parseGedEvents(extract);

  it('reads all 1,848 events without errors', () => {
    expect(errors).toEqual([]);
    expect(events).toHaveLength(1848);
    expect(new Set(events.map((e) => e.id)).size).toBe(1848);
  });

  it('keeps the fields CPEA uses, with dates normalised to YYYY-MM-DD', () => {
    expect(events[0]).toEqual({
      row: 2,
      id: '36210',
      country: 'Central African Republic',
      countryCode: 'CAF',
      adm1: '',
      dateStart: '2009-02-20',
      best: 3,
      low: 3,
      high: 3,
      deathsCivilians: 0,
      typeOfViolence: 1,
    });
    expect(events.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.dateStart))).toBe(true);
  });
});

describe('aggregateGedByPeriod against an independent count of the extract', () => {
  // A plain pass over the file: csv-parse for the quoting (fields hold commas and line breaks),
  // and a quarter computed by hand rather than with shared/src/periods.
  const quarterOf = (date: string) => `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const rows = parse<Record<string, string>>(extract, { columns: true, bom: true });
  const expected = new Map<string, GedPeriodTotals>();
  for (const row of rows) {
    if (row.country !== 'Central African Republic') continue;
    const quarter = quarterOf(row.date_start);
    const totals = expected.get(quarter) ?? { violent_incidents: 0, conflict_fatalities: 0, civilian_casualties: 0 };
    totals.violent_incidents += 1;
    totals.conflict_fatalities += Number(row.best);
    totals.civilian_casualties += Number(row.deaths_civilians);
    expected.set(quarter, totals);
  }
  const minuscaQuarters: string[] = [];
  for (let year = 2014; year <= 2022; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (year > 2014 || quarter >= 3) minuscaQuarters.push(`${year}Q${quarter}`);
    }
  }

  const { events } = parseGedEvents(extract);
  const actual = aggregateGedByPeriod(events, { country: 'CAF', areas: [], periodType: 'quarter' });
  const none: GedPeriodTotals = { violent_incidents: 0, conflict_fatalities: 0, civilian_casualties: 0 };

  it('matches every quarter from 2014Q3 to 2022Q4 exactly', () => {
    expect(rows).toHaveLength(1848);
    expect(minuscaQuarters).toHaveLength(34);
    for (const quarter of minuscaQuarters) {
      expect({ quarter, ...(actual.get(quarter) ?? none) }).toEqual({ quarter, ...(expected.get(quarter) ?? none) });
    }
  });

  it('matches over the whole record, not only the MINUSCA years', () => {
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...actual.keys()]).toEqual([...actual.keys()].sort());
    const sum = (map: Map<string, GedPeriodTotals>) =>
      [...map.values()].reduce((total, t) => total + t.violent_incidents, 0);
    expect(sum(actual)).toBe(1848);
  });

  it('pins a few quarters, so a silent change to the extract shows', () => {
    expect(actual.get('2014Q3')).toEqual({ violent_incidents: 37, conflict_fatalities: 212, civilian_casualties: 160 });
    expect(actual.get('2017Q2')).toEqual({ violent_incidents: 61, conflict_fatalities: 766, civilian_casualties: 487 });
    expect(actual.get('2022Q4')).toEqual({ violent_incidents: 25, conflict_fatalities: 120, civilian_casualties: 35 });
  });

  it('counts by month too', () => {
    const months = aggregateGedByPeriod(events, { country: 'CAF', areas: [], periodType: 'month' });
    const quarter = ['2017-04', '2017-05', '2017-06'].reduce(
      (total, m) => total + (months.get(m)?.violent_incidents ?? 0),
      0,
    );
    expect(quarter).toBe(expected.get('2017Q2')?.violent_incidents);
  });
});

describe('parseGedEvents on hand-made files', () => {
  it('accepts the three date forms UCDP publishes', () => {
    const { events, errors } = parseGedEvents(
      csv(
        '1,Central African Republic,Ouaka province,2014-07-01,3,1',
        '2,Central African Republic,Ouaka province,2014-07-02 00:00:00.000,4,2',
        '3,Central African Republic,Ouaka province,2014-07-03T00:00:00,5,3',
      ),
    );
    expect(errors).toEqual([]);
    expect(events.map((e) => e.dateStart)).toEqual(['2014-07-01', '2014-07-02', '2014-07-03']);
  });

  it('reads a Buffer with a byte-order mark and quoted fields holding commas and line breaks', () => {
    const text = `\ufeffid,where_description,country,adm_1,date_start,best,deaths_civilians\n7,"Bambari, ""town""\ncentre",Central African Republic,Ouaka province,2014-07-01,3,1\n`;
    const { events, errors } = parseGedEvents(Buffer.from(text, 'utf8'));
    expect(errors).toEqual([]);
    expect(events).toEqual([
      {
        row: 2,
        id: '7',
        country: 'Central African Republic',
        countryCode: 'CAF',
        adm1: 'Ouaka province',
        dateStart: '2014-07-01',
        best: 3,
        // A hand-made file without the columns: not measured, never 0.
        low: null,
        high: null,
        deathsCivilians: 1,
        typeOfViolence: null,
      },
    ]);
  });

  it("reads GED's country_id, which wins over the name, and refuses one that is not a number", () => {
    const text =
      'id,country,country_id,adm_1,date_start,best,deaths_civilians\n1,Syria,652,Aleppo,2020-01-01,1,0\n2,Bosnia-Herzegovina,,Tuzla,2020-01-01,1,0\n3,Syria,x,Aleppo,2020-01-01,1,0\n';
    const { events, errors } = parseGedEvents(text);
    expect(events.map((e) => e.countryCode)).toEqual(['SYR', 'BIH']);
    expect(errors.map((e) => [e.row, e.column])).toEqual([[4, 'country_id']]);
  });

  it('names every missing column on row 1', () => {
    const { events, errors } = parseGedEvents('id,country,adm_1,date_start,best\n1,Mali,Gao region,2020-01-01,1\n');
    expect(events).toEqual([]);
    expect(errors).toEqual([
      { row: 1, column: 'deaths_civilians', message: expect.stringContaining('deaths_civilians') },
    ]);
    expect(parseGedEvents('').errors.map((e) => [e.row, e.column])).toEqual(GED_REQUIRED_COLUMNS.map((c) => [1, c]));
  });

  it('reports bad rows with their row number and column, and keeps the good ones', () => {
    const result = parseGedEvents(
      csv(
        '1,Central African Republic,Ouaka province,2014-07-01,3,1',
        '2,Central African Republic,Ouaka province,2014-02-30,-1,1',
        '3,Central African Republic,Ouaka province,01/07/2014,2.5,x',
        '4,Central African Republic,,2014-07-01T00:00,2,1',
        ',,Ouaka province,2014-13-01,,0',
      ),
    );
    expect(result.events.map((e) => e.id)).toEqual(['1']);
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'date_start'],
      [3, 'best'],
      [4, 'date_start'],
      [4, 'best'],
      [4, 'deaths_civilians'],
      [5, 'date_start'],
      [6, 'id'],
      [6, 'country'],
      [6, 'date_start'],
      [6, 'best'],
    ]);
    expect(result.errors[1].message).toContain('"-1"');
  });

  it('turns a malformed file into an error instead of throwing', () => {
    const unclosed = parseGedEvents(csv('1,Mali,Gao region,2020-01-01,1,0', '2,"Mali,Gao region,2020-01-01,1,0'));
    expect(unclosed.events).toEqual([]);
    expect(unclosed.errors).toEqual([{ row: 3, column: null, message: expect.stringContaining('Quote Not Closed') }]);

    const ragged = parseGedEvents(csv('1,Mali,Gao region,2020-01-01,1,0', '2,Mali,Gao region,2020-01-01,1'));
    expect(ragged.errors).toEqual([
      { row: 3, column: null, message: expect.stringContaining('Invalid Record Length') },
    ]);
  });
});

describe('aggregateGedByPeriod matching', () => {
  const events = [
    event({ id: '1', adm1: 'Ouaka province', best: 10, deathsCivilians: 4 }),
    event({ id: '2', adm1: 'Ouaka prefecture', best: 5, deathsCivilians: 5 }),
    event({ id: '3', adm1: 'Ouham province', best: 1 }),
    event({ id: '4', adm1: 'Ouham-Pendé province', best: 2 }),
    event({ id: '5', adm1: 'Ouaka province north', best: 100 }),
    event({ id: '6', adm1: '', best: 7 }),
    event({ id: '7', country: 'Chad', countryCode: 'TCD', adm1: 'Ouaka province', best: 1000 }),
    event({ id: '8', dateStart: '2020-04-01', adm1: 'OUAKA PROVINCE', best: 3 }),
  ];
  const scope = (areas: string[]) => aggregateGedByPeriod(events, { country: 'CAF', areas, periodType: 'quarter' });

  it('takes the whole country, and only that country, when the mission names no area', () => {
    expect(Object.fromEntries(scope([]))).toEqual({
      '2020Q1': { violent_incidents: 6, conflict_fatalities: 125, civilian_casualties: 9 },
      '2020Q2': { violent_incidents: 1, conflict_fatalities: 3, civilian_casualties: 0 },
    });
  });

  it('matches an area to adm_1 without accents, case, spacing or the word province or prefecture', () => {
    expect(Object.fromEntries(scope(['ouaka']))).toEqual({
      '2020Q1': { violent_incidents: 2, conflict_fatalities: 15, civilian_casualties: 9 },
      '2020Q2': { violent_incidents: 1, conflict_fatalities: 3, civilian_casualties: 0 },
    });
    expect(scope(['Ouaka prefecture']).get('2020Q1')?.violent_incidents).toBe(2);
    expect(scope(['Ouham']).get('2020Q1')).toEqual({
      violent_incidents: 1,
      conflict_fatalities: 1,
      civilian_casualties: 0,
    });
    expect(scope(['Ouham', 'Ouham-Pendé']).get('2020Q1')?.violent_incidents).toBe(2);
    expect(scope(['Mbomou']).size).toBe(0);
  });

  it('filters the real extract by prefecture', () => {
    const { events: all } = parseGedEvents(extract);
    const count = (areas: string[]) =>
      [...aggregateGedByPeriod(all, { country: 'CAF', areas, periodType: 'quarter' }).values()].reduce(
        (total, t) => total + t.violent_incidents,
        0,
      );
    expect(count(['Ouaka'])).toBe(all.filter((e) => e.adm1 === 'Ouaka province').length);
    expect(count(['Ouham'])).toBe(all.filter((e) => e.adm1 === 'Ouham province').length);
    expect(count(['Haut-Mbomou', 'Mbomou'])).toBe(
      all.filter((e) => e.adm1 === 'Haut-Mbomou province' || e.adm1 === 'Mbomou province').length,
    );
  });

  it("gives Kosovo only Serbia (Yugoslavia)'s events in Kosovo, and Serbia the rest", () => {
    const serbia = { country: 'Serbia (Yugoslavia)', countryCode: 'SRB' };
    const events = [
      event({ ...serbia, id: '1', adm1: 'Kosovo' }),
      event({ ...serbia, id: '2', adm1: 'Prizrenski okrug' }),
      event({ ...serbia, id: '3', adm1: 'Belgrade' }),
    ];
    const count = (country: string) =>
      aggregateGedByPeriod(events, { country, areas: [], periodType: 'quarter' }).get('2020Q1')?.violent_incidents;
    expect(count('xkx')).toBe(2);
    expect(count('SRB')).toBe(1);
    expect(aggregateGedByPeriod(events, { country: 'FRA', areas: [], periodType: 'quarter' }).size).toBe(0);
  });

  it('counts a repeated event id once', () => {
    const { events: unique, duplicates } = dropDuplicateEvents([
      event({ id: '1' }),
      event({ id: '2' }),
      event({ id: '1', row: 4 }),
    ]);
    expect(unique.map((e) => e.id)).toEqual(['1', '2']);
    expect(duplicates).toBe(1);
  });
});

describe('aggregateGedSeries against an independent count of the extract', () => {
  const quarterOf = (date: string) => `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  const rows = parse<Record<string, string>>(extract, { columns: true, bom: true });
  const expected = new Map<string, GedSeriesTotals>();
  for (const row of rows) {
    const quarter = quarterOf(row.date_start);
    const t = expected.get(quarter) ?? {
      events: 0,
      best: 0,
      low: 0,
      high: 0,
      deathsCivilians: 0,
      stateBased: 0,
      nonState: 0,
      oneSided: 0,
    };
    t.events += 1;
    t.best += Number(row.best);
    t.low = (t.low ?? 0) + Number(row.low);
    t.high = (t.high ?? 0) + Number(row.high);
    t.deathsCivilians += Number(row.deaths_civilians);
    if (row.type_of_violence === '1') t.stateBased = (t.stateBased ?? 0) + 1;
    if (row.type_of_violence === '2') t.nonState = (t.nonState ?? 0) + 1;
    if (row.type_of_violence === '3') t.oneSided = (t.oneSided ?? 0) + 1;
    expected.set(quarter, t);
  }
  const { events, measures } = parseGedEvents(extract);
  const actual = aggregateGedSeries(events, { country: 'CAF', areas: [], periodType: 'quarter' }, measures);

  it('sums best, low, high and civilian deaths and counts each type of violence, in every quarter of the record', () => {
    expect(measures).toEqual({ low: true, high: true, typeOfViolence: true });
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    // The quarter before MINUSCA, pinned so that a silent change to the extract shows.
    const before = actual.get('2014Q1') as GedSeriesTotals;
    expect(before.events).toBe(before.stateBased! + before.nonState! + before.oneSided!);
    expect(before.low).toBeLessThanOrEqual(before.best);
    expect(before.high).toBeGreaterThanOrEqual(before.best);
  });

  it('agrees with the three indicators the assessments take', () => {
    const indicators = aggregateGedByPeriod(events, { country: 'CAF', areas: [], periodType: 'quarter' });
    expect(new Map([...actual].map(([period, t]) => [period, indicatorTotals(t)]))).toEqual(indicators);
  });

  it('leaves low, high and the types null for a file without those columns, and a quarter without events 0 where measured', () => {
    const bare = aggregateGedSeries(
      [event({ dateStart: '2020-02-01', best: 4 })],
      { country: 'CAF', areas: [], periodType: 'quarter' },
      { low: false, high: false, typeOfViolence: false },
    );
    expect(bare.get('2020Q1')).toEqual({
      events: 1,
      best: 4,
      low: null,
      high: null,
      deathsCivilians: 0,
      stateBased: null,
      nonState: null,
      oneSided: null,
    });
    expect(noEvents({ low: true, high: true, typeOfViolence: false })).toEqual({
      events: 0,
      best: 0,
      low: 0,
      high: 0,
      deathsCivilians: 0,
      stateBased: null,
      nonState: null,
      oneSided: null,
    });
  });

  it('refuses a type of violence other than 1, 2 or 3, and a low that is not a count', () => {
    const { errors } = parseGedEvents(
      'id,country,adm_1,date_start,best,low,high,deaths_civilians,type_of_violence\n' +
        '1,Central African Republic,Ouaka,2020-01-01,1,0,2,0,4\n' +
        '2,Central African Republic,Ouaka,2020-01-01,1,x,2,0,1\n',
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'type_of_violence'],
      [3, 'low'],
    ]);
  });
});

describe('seriesPeriods', () => {
  const today = new Date('2024-05-15T00:00:00Z');

  it('takes every period the span holds whole, whatever the mission, and none still running', () => {
    expect(seriesPeriods({ from: '1989-01-01', to: '1989-12-31', given: true }, 'quarter', today)).toEqual([
      '1989Q1',
      '1989Q2',
      '1989Q3',
      '1989Q4',
    ]);
    // A span starting mid-quarter holds that quarter in part only.
    expect(seriesPeriods({ from: '2024-02-01', to: '2024-06-30', given: false }, 'quarter', today)).toEqual([]);
    expect(seriesPeriods({ from: '2024-02-01', to: '2024-06-30', given: false }, 'month', today)).toEqual([
      '2024-02',
      '2024-03',
      '2024-04',
    ]);
  });
});

describe('gedCitation', () => {
  it('cites the bundled release in full, another by its version, and says when none was given', () => {
    expect(gedCitation('23.1')).toBe(UCDP_GED_CITATION);
    expect(gedCitation('25.0.1')).toBe(
      'UCDP Georeferenced Event Dataset (GED) 25.0.1 — Sundberg & Melander (2013); CC BY 4.0',
    );
    expect(gedCitation(null)).toContain('(version not given)');
  });
});
