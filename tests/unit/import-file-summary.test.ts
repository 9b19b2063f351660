import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../client/src/features/imports/lib/csv-records';
import { describeResult, refusedRows } from '../../client/src/features/imports/lib/describe-result';
import { summariseGedCsv } from '../../client/src/features/imports/lib/file-summary';
import { createTranslate } from '../../client/src/lib/i18n';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';

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

describe('summariseGedCsv', () => {
  it('counts the bundled extract’s events by country and finds its first and last date', () => {
    const summary = summariseGedCsv(fs.readFileSync(GED_FILE, 'utf8'));
    expect(summary.countries).toEqual([{ name: 'Central African Republic', events: 1848 }]);
    expect(summary.firstDate).toBe('1991-08-08');
    expect(summary.lastDate).toBe('2022-12-30');
  });
});

describe('describeResult', () => {
  const result = {
    rows: 3,
    created: 1,
    updated: 1,
    unchanged: 0,
    missions: [],
    errors: [
      { row: 3, column: 'violent_incidents', message: 'bad' },
      { row: 3, column: 'period', message: 'bad' },
    ],
  };

  it('counts refused rows once however many problems they have', () => {
    expect(refusedRows(result)).toBe(1);
  });

  it('says what a dry run would do, and what an import did', () => {
    const t = createTranslate(en, 'en');
    expect(describeResult(result, { dryRun: true, refused: false }, t)).toBe(
      '3 rows read: will create 1, will update 1, unchanged 0, refused 1. 2 problems to fix before the file can be imported; nothing has been written.',
    );
    expect(describeResult({ ...result, errors: [] }, { dryRun: false, refused: false }, t)).toBe(
      'Imported 3 rows: created 1, updated 1, unchanged 0.',
    );
    expect(describeResult(result, { dryRun: false, refused: true }, t)).toBe(
      'Nothing was imported: 2 problems in the file.',
    );
    expect(
      describeResult({ ...result, rows: 1, errors: [result.errors[0]] }, { dryRun: false, refused: true }, t),
    ).toBe('Nothing was imported: 1 problem in the file.');
  });

  it('says it in French, with French plurals and numbers', () => {
    const t = createTranslate(fr, 'fr');
    expect(describeResult(result, { dryRun: true, refused: false }, t)).toBe(
      '3 lignes lues — à créer : 1, à mettre à jour : 1, inchangées : 0, refusées : 1. 2 problèmes à corriger avant de pouvoir importer le fichier ; rien n’a été enregistré.',
    );
    expect(describeResult({ ...result, rows: 1, errors: [] }, { dryRun: true, refused: false }, t)).toBe(
      '1 ligne lue — à créer : 1, à mettre à jour : 1, inchangées : 0, refusées : 0. Rien n’a encore été enregistré.',
    );
    expect(describeResult({ ...result, rows: 1234, errors: [] }, { dryRun: false, refused: false }, t)).toBe(
      '1\u202f234 lignes importées — créées : 1, mises à jour : 1, inchangées : 0.',
    );
  });
});
