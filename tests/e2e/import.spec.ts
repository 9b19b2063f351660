import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import { comparePeriods, formatPeriod, nextPeriod } from '@cpea/shared/periods';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { createMission, expectNoAxeViolations } from './support';

const GED_FILE = path.resolve(import.meta.dirname, '../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv');

/** RFC 4180: quote a cell that holds a comma, a quote or a line break. */
function toCsv(rows: string[][]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * MINUSCA's wide export as the server writes it, and a row for the period after its latest one,
 * made from a copy of that latest row with `changes` applied.
 */
async function minuscaWithNewPeriod(page: Page, changes: Record<string, string>) {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
  expect(minusca).toBeTruthy();
  const response = await page.request.get(`/api/export/assessments.csv?missions=${minusca?.id}&format=wide`);
  expect(response.ok()).toBe(true);
  const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
  const column = (name: string) => {
    const index = header.indexOf(name);
    expect(index, `the export has a ${name} column`).toBeGreaterThanOrEqual(0);
    return index;
  };
  const latest = [...rows].sort((a, b) => comparePeriods(a[column('period')], b[column('period')])).at(-1) as string[];
  const period = nextPeriod(latest[column('period')]);
  const row = [...latest];
  row[column('period')] = period;
  for (const [name, value] of Object.entries(changes)) row[column(name)] = value;
  return { mission: minusca as MissionSummary, period, csv: toCsv([header, row]) };
}

test('a wide CSV with a new period is checked, imported, and its value shows on the mission', async ({ page }) => {
  const { mission, period, csv } = await minuscaWithNewPeriod(page, { violent_incidents: '4321' });

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import and export' })).toBeVisible();
  await expect(page).toHaveTitle(/Import/);

  await expect(page.getByRole('radio', { name: 'Assessments CSV (wide format)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Assessments CSV (wide format)' })).toHaveAccessibleDescription(
    /One row per assessment/,
  );
  await page.getByLabel('CSV file').setInputFiles({
    name: 'minusca-next-period.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toHaveCount(0);

  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  const preview = page.getByRole('region', { name: 'Dry run of minusca-next-period.csv' });
  await expect(preview.getByText(/1 row read: will create 1, will update 0, unchanged 0, refused 0\./)).toBeVisible();
  await expect(preview.getByRole('link', { name: 'MINUSCA' })).toBeVisible();
  await expect(preview.getByText('Read as comma-separated values.')).toBeVisible();
  await expect(preview.getByRole('table', { name: /Problems in the file/ })).toHaveCount(0);
  // Nothing is written by a dry run.
  const before = (await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as Assessment[];
  expect(before.some((assessment) => assessment.period === period)).toBe(false);

  await expect(importButton).toBeEnabled();
  await expect(importButton).toHaveAccessibleDescription(/will create 1 and update 0/);
  await importButton.click();

  const done = page.getByRole('region', { name: 'Import finished' });
  await expect(done.getByText('Imported 1 row: created 1, updated 0, unchanged 0.')).toBeVisible();
  await expect(done.getByRole('heading', { name: 'Import finished' })).toBeFocused();
  await done.getByRole('link', { name: 'MINUSCA' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /MINUSCA/ })).toBeVisible();
  const row = page.getByRole('table', { name: 'Assessments' }).getByRole('row', { name: formatPeriod(period) });
  await expect(row).toContainText('Draft');
  await page.getByRole('button', { name: 'Table' }).first().click();
  await expect(
    page.getByRole('table', { name: /Overall and KPI scores over time/ }).getByRole('rowheader', {
      name: formatPeriod(period),
    }),
  ).toBeVisible();

  await row.getByRole('link', { name: `Edit ${formatPeriod(period)}` }).click();
  // The mission page has charts named after the KPIs too: wait for the form before asking for its field.
  await expect(page.getByRole('heading', { level: 1, name: `${formatPeriod(period)} assessment` })).toBeVisible();
  await expect(page.getByLabel('Violent incidents')).toHaveValue('4321');
});

test('a file with a bad value lists the row and column, and Import stays disabled', async ({ page }) => {
  const { csv } = await minuscaWithNewPeriod(page, { violent_incidents: 'many', challenge_resources: '7' });

  await page.goto('/import');
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'bad-values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();

  const preview = page.getByRole('region', { name: 'Dry run of bad-values.csv' });
  await expect(preview.getByText(/will create 0, .* refused 1\. 2 problems to fix/)).toBeVisible();
  const problems = preview.getByRole('table', { name: 'Problems in the file (2)' });
  const incidents = problems.getByRole('row').filter({ hasText: 'violent_incidents' });
  await expect(incidents.getByRole('cell')).toHaveText([
    '2',
    'violent_incidents',
    'Violent incidents must be a number, not "many"',
  ]);
  await expect(problems.getByRole('row').filter({ hasText: 'challenge_resources' })).toContainText('2');

  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(importButton).toHaveAccessibleDescription(/Fix the problems listed below/);
  await expectNoAxeViolations(page);

  // A file that is not UTF-8 is refused by the server (400), and the screen says why in words.
  await page.getByLabel('CSV file').setInputFiles({
    name: 'latin-1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x6d, 0x69, 0x73, 0x73, 0x69, 0x6f, 0x6e, 0x5f, 0x69, 0x64, 0x0a, 0xe9, 0xff, 0x0a]),
  });
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The file could not be checked' })).toContainText(
    /not valid UTF-8/,
  );

  // Checking without a file says so on the file field.
  await page.getByLabel('CSV file').setInputFiles([]);
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();
  await expect(page.getByLabel('CSV file')).toHaveAccessibleDescription(/Choose a CSV file to check/);
  await expect(page.getByLabel('CSV file')).toBeFocused();
});

test('a UCDP GED event file fills a new CAF mission with real conflict-event counts', async ({ page }) => {
  test.setTimeout(60_000);
  const mission = await createMission(page.request, {
    name: `UCDP import mission ${Date.now()}`,
    country: 'CAF',
    startDate: '2014-04-10',
    periodType: 'quarter',
  });

  await page.goto('/import');
  const ucdp = page.getByRole('radio', { name: 'UCDP GED event CSV' });
  await ucdp.check();
  await expect(ucdp).toHaveAccessibleDescription(/each event\s+becomes\s+Violent incidents/);
  await expect(
    page.getByText(/Sundberg & Melander \(2013\); Davies, Pettersson & Öberg \(2023\); CC BY 4\.0/),
  ).toBeVisible();
  await page.getByLabel('CSV file').setInputFiles(GED_FILE);
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();

  const preview = page.getByRole('region', { name: /^Dry run of ucdp_ged_v23_1/ });
  const sentence = preview.getByText(/rows read: will create \d+/);
  await expect(sentence).toBeVisible({ timeout: 20_000 });
  const created = Number(/will create (\d+)/.exec((await sentence.textContent()) ?? '')?.[1]);
  expect(created).toBeGreaterThan(0);
  await expect(preview).toContainText(/refused 0/);
  await expect(preview).toContainText('1,848 in Central African Republic, from 8 Aug 1991 to 30 Dec 2022');
  // The version is read from the file's name; every period the import would write is listed with old → new.
  await expect(preview).toContainText('GED version 23.1.');
  const periods = preview.getByRole('table', { name: `${mission.acronym}: periods the import changes or leaves` });
  await expect(periods.getByRole('row', { name: /2014 Q2\s+Will create/ })).toBeVisible();
  // The server names the missions the import would change: the new one, and MINUSCA in the same country.
  const changed = preview.getByRole('list', { name: 'Missions this import would change:' });
  await expect(changed.getByRole('link', { name: mission.acronym })).toBeVisible();
  await expect(changed.getByRole('link', { name: 'MINUSCA' })).toBeVisible();

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const done = page.getByRole('region', { name: 'Import finished' });
  await expect(done.getByText(new RegExp(`created ${created},`))).toBeVisible({ timeout: 20_000 });

  const assessments = (await (
    await page.request.get(`/api/missions/${mission.id}/assessments`)
  ).json()) as Assessment[];
  expect(assessments.length).toBeGreaterThan(0);
  expect(assessments.every((assessment) => assessment.provenance.violent_incidents === 'ucdp_ged')).toBe(true);
  expect(assessments[0].period).toBe('2014Q2');

  await done.getByRole('link', { name: mission.acronym }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(mission.acronym) })).toBeVisible();
  await expect(page.getByText(/UCDP Georeferenced Event Dataset \(GED\) 23\.1/).first()).toBeVisible();
  const table = page.getByRole('table', { name: 'Assessments' });
  await expect(table.getByRole('row', { name: /2014 Q2/ })).toBeVisible();
});
