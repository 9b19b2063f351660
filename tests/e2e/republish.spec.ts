import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, expectNoAxeViolations } from './support';

// A server of its own, started on a database whose approved scores methodology 2026.2
// published: the state an upgrade leaves, which the shared server's fresh demo never is in.
let server: ChildProcess | undefined;
let baseURL = '';

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-republish-'));
  const file = path.join(dir, 'cpea.sqlite');
  execFileSync('npx', ['tsx', 'tests/fixtures/published/write-demo-2026.2.ts', file], { stdio: 'ignore' });
  server = spawn('npx', ['tsx', 'server/src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      CPEA_DB: file,
      CPEA_ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Port 0: the system picks a free port, which the server logs once it listens.
  baseURL = await new Promise<string>((resolve, reject) => {
    let output = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening on http:\/\/[^\s"]+:(\d+)/.exec(output)?.[1];
      if (port) resolve(`http://localhost:${port}`);
    });
    server?.on('exit', (code) => reject(new Error(`The server stopped (${code}): ${output}`)));
  });
});

test.afterAll(() => {
  // The server and the tsx process that runs it, by the group this test started.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('an admin previews approved history published under 2026.2, publishes it again, and "Why this score?" shows the rate ratio', async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();

  await page.getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Published scores' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Published scores' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Publish approved history again under methodology 2026.3' }),
  ).toBeVisible();
  await expect(
    page.getByText(/^79 approved assessments were published under an earlier methodology; 7 of them would change\.$/),
  ).toBeVisible();

  const table = page.getByRole('table', { name: /published under an earlier methodology/ });
  const mfo = table.getByRole('row', { name: /MFO 2023 Q1/ });
  await expect(mfo.getByRole('cell', { name: /^70\.9 · On track \(2026\.2\)/ })).toBeVisible();
  await expect(mfo.getByRole('cell', { name: /^73\.2 · On track \(2026\.3\)/ })).toBeVisible();
  await expect(mfo.getByRole('cell', { name: 'Changes' })).toBeVisible();
  // 79 rows: the changed ones first, fifty to a page, a filter, and a sort by any column.
  await expect(page.getByText('Rows 1–50 of 79')).toBeVisible();
  await expect(table.getByRole('row').nth(7).getByRole('cell', { name: 'Changes' })).toBeVisible();
  await page.getByLabel('Filter approved assessments').fill('MFO 2023 Q1');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Filter approved assessments').fill('');
  const mission = table.getByRole('columnheader', { name: 'Mission' });
  await mission.getByRole('button', { name: 'Mission' }).click();
  await expect(mission).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAxeViolations(page);
  if (process.env.SCREENSHOTS) {
    // For looking at, as screenshots.spec.ts takes the other screens: the preview at both widths.
    for (const [name, width] of [
      ['desktop', 1280],
      ['phone', 375],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: `/tmp/cpea-shots/21-published-preview-${name}.png`, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  await page.getByRole('button', { name: 'Publish these 79 again under methodology 2026.3' }).click();
  await expect(
    page.getByText('Published 79 assessments again under methodology 2026.3; 7 changed.', { exact: false }),
  ).toBeVisible();
  await expect(
    page.getByText('Every approved score is published under methodology 2026.3: nothing to publish again.'),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('cell', { name: 'Publish again (new methodology)' }).first()).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: /MFO/ }).first().click();
  const why = page.getByRole('region', { name: 'Why this score?' });
  await why.getByRole('button', { name: /2023 Q1: overall 73\.2/ }).click();
  const protection = why.getByRole('table', { name: /Protection of civilians: indicator scores for 2023 Q1/ });
  await expect(protection.getByRole('columnheader', { name: 'Change vs baseline' })).toBeVisible();
  const casualties = protection.getByRole('row', { name: /Civilian casualties/ });
  await expect(casualties.getByText('Not scored: too few events to score (baseline below 5 a period)')).toBeVisible();
  await expect(casualties.getByText(/% vs baseline|no change vs baseline/)).toBeVisible();
  await expect(casualties.getByText(/^rate ratio [\d.]+, 95 % CI [\d.]+ to [\d.]+$/)).toBeVisible();
  await expect(casualties.getByText(/^exact Poisson interval of \d+ events ÷ the baseline 4$/)).toBeVisible();
  await context.close();
});
