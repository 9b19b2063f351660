import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '@cpea/shared/catalog';
import { createMission, expectNoAxeViolations } from './support';

const COLUMNS = [
  'mission_id',
  'period',
  ...ENTERED_INDICATORS.map((indicator) => indicator.id),
  ...CHALLENGE_IDS.map((id) => `challenge_${id}`),
];

function csvOf(rows: Record<string, string | number>[]): string {
  return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => row[column] ?? '').join(','))].join('\r\n');
}

test('importing the valid rows only leaves the bad row out and offers it for download with its reason', async ({
  page,
}) => {
  const mission = await createMission(page.request, { startDate: '2023-01-01' });
  const file = csvOf([
    { mission_id: mission.id, period: '2023Q1', violent_incidents: 12 },
    { mission_id: mission.id, period: '2023Q2', violent_incidents: -5 },
    { mission_id: mission.id, period: '2023Q3', violent_incidents: 8 },
  ]);
  await page.goto('/import');
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'quarters.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  const validOnly = page.getByRole('checkbox', { name: 'Import the valid rows only' });
  await expect(validOnly).toHaveAccessibleDescription(/offered as a CSV with the reason for each/);
  await validOnly.check();
  await page.getByRole('button', { name: 'Check file (dry run)' }).click();

  const preview = page.getByRole('region', { name: 'Dry run of quarters.csv' });
  await expect(
    preview.getByText(/3 rows read: will create 2, .* refused 1\. With the valid rows only, 1 row/),
  ).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Download the rejected rows (CSV)' })).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled();
  await expect(importButton).toHaveAccessibleDescription(
    /create 2 and update 0 assessments; 1 row with problems will be left out/,
  );
  await expectNoAxeViolations(page);
  await importButton.click();

  const done = page.getByRole('region', { name: 'Import finished' });
  await expect(
    done.getByText('Imported 3 rows: created 2, updated 0, unchanged 0. 1 row with problems was left out.'),
  ).toBeVisible();
  const downloading = page.waitForEvent('download');
  await done.getByRole('link', { name: 'Download the rejected rows (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('quarters-rejected.csv');
  const text = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parse(text, { bom: true }) as string[][];
  expect(header).toEqual([...COLUMNS, 'reason']);
  expect(rows).toHaveLength(1);
  expect(rows[0][1]).toBe('2023Q2');
  expect(rows[0].at(-1)).toBe('violent_incidents: Violent incidents cannot be negative');

  const stored = (await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as Assessment[];
  expect(stored.map((assessment) => assessment.period).sort()).toEqual(['2023Q1', '2023Q3']);
});

test("the mission page offers a template of the mission's periods due", async ({ page }) => {
  const mission = await createMission(page.request, { startDate: '2024-01-01', endDate: '2024-09-30' });
  await page.request.post(`/api/missions/${mission.id}/assessments`, { data: { period: '2024Q2' } });
  await page.goto(`/missions/${mission.id}`);
  const link = page.getByRole('link', { name: 'Template to fill in (CSV)' });
  await expect(link).toHaveAccessibleDescription(/a row for each period still due/);
  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^cpea-template-${mission.acronym}-\\d{4}-\\d\\d-\\d\\d\\.csv$`),
  );
  const [header, ...rows] = parse(fs.readFileSync((await download.path()) as string, 'utf8'), {
    bom: true,
  }) as string[][];
  expect(header.slice(0, 4)).toEqual(['mission_id', 'mission_acronym', 'period', 'status']);
  expect(rows.map((row) => row[2])).toEqual(['2024Q1', '2024Q3']);
});
