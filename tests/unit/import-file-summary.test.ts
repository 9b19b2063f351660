import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../client/src/features/imports/lib/csv-records';
import { describeResult, refusedRows } from '../../client/src/features/imports/lib/describe-result';
import {
  missionsInGedCountries,
  summariseAssessmentsCsv,
  summariseGedCsv,
} from '../../client/src/features/imports/lib/file-summary';

const GED_FILE = path.resolve(import.meta.dirname, '../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv');

describe('csvRecords', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and every line ending', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, ""2""",3\n"multi\r\nline",,x\r"last"';
    expect(csvRecords(text)).toEqual([['a', 'b', 'c'], ['1', 'two, "2"', '3'], ['multi\r\nline', '', 'x'], ['last']]);
  });

  it('skips blank lines', () => {
    expect(csvRecords('a\n\n1\n  \n')).toEqual([['a'], ['1']]);
  });
});

describe('summariseAssessmentsCsv', () => {
  it('lists each mission of a wide CSV once, in file order', () => {
    const text = 'mission_id,mission_acronym,period\n7,MINUSCA,2024Q1\n3,KFOR,2024Q1\n7,MINUSCA,2024Q2\nx,BAD,2024Q1\n';
    expect(summariseAssessmentsCsv(text).missions).toEqual([
      { id: 7, acronym: 'MINUSCA' },
      { id: 3, acronym: 'KFOR' },
    ]);
  });
});

describe('summariseGedCsv', () => {
  it('counts the bundled extract’s events by country and finds its first and last date', () => {
    const summary = summariseGedCsv(fs.readFileSync(GED_FILE, 'utf8'));
    expect(summary.countries).toEqual([{ name: 'Central African Republic', events: 1848 }]);
    expect(summary.firstDate).toBe('1991-08-08');
    expect(summary.lastDate).toBe('2022-12-30');
  });

  it('matches missions by GED country name and by the span the file covers', () => {
    const summary = summariseGedCsv(
      'id,country,date_start\n1,Central African Republic,2014-05-01\n2,Central African Republic,2016-02-01\n',
    );
    const mission = (id: number, patch: object) => ({
      id,
      country: 'CAF',
      archived: false,
      startDate: '2014-04-10',
      endDate: null,
      periodType: 'quarter' as const,
      ...patch,
    });
    const matched = missionsInGedCountries(
      [
        mission(1, {}),
        mission(2, { country: 'MLI' }),
        mission(3, { archived: true }),
        mission(4, { startDate: '2016-03-31' }),
        mission(5, { startDate: '2016-04-01' }),
        mission(6, { startDate: '2010-01-01', endDate: '2014-03-31' }),
      ],
      summary,
    );
    expect(matched.map((m) => m.id)).toEqual([1, 4]);
  });
});

describe('describeResult', () => {
  const result = {
    rows: 3,
    created: 1,
    updated: 1,
    unchanged: 0,
    errors: [
      { row: 3, column: 'violent_incidents', message: 'bad' },
      { row: 3, column: 'period', message: 'bad' },
    ],
  };

  it('counts refused rows once however many problems they have', () => {
    expect(refusedRows(result)).toBe(1);
  });

  it('says what a dry run would do, and what an import did', () => {
    expect(describeResult(result, { dryRun: true, refused: false })).toBe(
      '3 rows read: will create 1, will update 1, unchanged 0, refused 1. 2 problems to fix before the file can be imported; nothing has been written.',
    );
    expect(describeResult({ ...result, errors: [] }, { dryRun: false, refused: false })).toBe(
      'Imported 3 rows: created 1, updated 1, unchanged 0.',
    );
    expect(describeResult(result, { dryRun: false, refused: true })).toBe(
      'Nothing was imported: 2 problems in the file.',
    );
  });
});
