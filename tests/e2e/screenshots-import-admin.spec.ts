import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { createMission } from './support';

// Full-page PNGs of the Import and Admin screens at a desktop and a phone width, for looking at:
// SCREENSHOTS=1 npx playwright test screenshots-import-admin
const OUT = '/tmp/cpea-shots';
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
];
const GED_FILE = path.resolve(import.meta.dirname, '../../data/ucdp/ucdp_ged_v23_1_central_african_republic.csv');

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

async function shoot(page: Page, screen: string, size: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.screenshot({ path: `${OUT}/${screen}-${size}.png`, fullPage: true });
}

for (const size of SIZES) {
  test(`import and admin screens at ${size.name} width`, async ({ page }) => {
    fs.mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: size.width, height: size.height });

    await page.goto('/import');
    await shoot(page, '40-import', size.name);

    // MINUSCA's export with three rows broken in different ways.
    const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
    const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
    const exported = await (await page.request.get(`/api/export/assessments.csv?missions=${minusca?.id}`)).text();
    const [header, ...rows] = parse(exported, { bom: true }) as string[][];
    const broken = rows.slice(-3).map((row, i) => {
      const cells = [...row];
      if (i === 0) cells[header.indexOf('violent_incidents')] = 'many';
      if (i === 1) cells[header.indexOf('period')] = '2024-13';
      if (i === 2) cells[header.indexOf('mission_id')] = '999';
      return cells;
    });
    const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const csv = [header, ...broken].map((row) => row.map(quote).join(',')).join('\r\n');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'minusca-edited.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    await expect(page.getByRole('table', { name: /Problems in the file/ })).toBeVisible();
    await shoot(page, '41-import-errors', size.name);

    await page.getByRole('radio', { name: 'UCDP GED event CSV' }).check();
    await page.getByLabel('CSV file').setInputFiles(GED_FILE);
    // A slow connection, so the upload's progress can be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    await page.getByRole('button', { name: 'Check file (dry run)' }).click();
    await expect(page.getByRole('progressbar', { name: /Uploading/ })).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUT}/42a-import-uploading-${size.name}.png`, fullPage: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible({ timeout: 20_000 });
    await shoot(page, '42-import-ucdp-dry-run', size.name);

    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('table', { name: 'Users' }).getByRole('button', { name: 'Disable admin' }).click();
    await expect(page.getByText('You cannot disable yourself')).toBeVisible();
    await shoot(page, '43-admin-users', size.name);

    await page.goto('/admin/audit');
    await page.getByRole('button', { name: 'Show changes' }).first().click();
    await shoot(page, '44-admin-audit', size.name);

    const mission = await createMission(page.request);
    await page.request.patch(`/api/missions/${mission.id}`, {
      data: {
        version: mission.version,
        mandate: 'Protect civilians and support local mediation.',
        areas: ['Ouaka', 'Haute-Kotto'],
      },
    });
    await page.goto(`/admin/audit?entity=mission&id=${mission.id}`);
    await page.getByRole('button', { name: 'Show changes' }).first().click();
    await page.getByLabel(/Show the \d+ unchanged fields/).check();
    await shoot(page, '45-admin-audit-mission', size.name);
  });
}
