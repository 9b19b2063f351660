import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { createMission } from './support';

// PNGs of the Compare screen and its printed form, for looking at, not for comparing:
// SCREENSHOTS=1 npx playwright test compare-screenshots
const OUT = '/tmp/cpea-shots';
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
];

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

async function shoot(page: Page, screen: string, size: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByText('Building the comparison…')).toHaveCount(0);
  await page.waitForTimeout(300); // the charts measure their boxes before they draw
  await page.screenshot({ path: `${OUT}/${screen}-${size}.png`, fullPage: true });
}

async function demoIds(page: Page): Promise<string> {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  return missions
    .filter((m) => ['UNTAC', 'MFO', 'MINUSCA'].includes(m.acronym))
    .map((m) => m.id)
    .sort((a, b) => a - b)
    .join(',');
}

for (const size of SIZES) {
  test(`compare screens at ${size.name} width`, async ({ page }) => {
    fs.mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: size.width, height: size.height });
    const ids = await demoIds(page);

    await page.goto('/compare');
    await shoot(page, '20-compare-empty', size.name);

    await page.goto(`/compare?missions=${ids}`);
    await expect(page.getByRole('table', { name: /Mission summary/ })).toBeVisible();
    await shoot(page, '21-compare-report', size.name);
    const trends = page.getByRole('region', { name: /Overall effectiveness/ });
    await trends.getByRole('button', { name: 'From first period' }).click();
    await trends.screenshot({ path: `${OUT}/21b-compare-aligned-${size.name}.png` });

    await page.goto(`/compare?missions=${ids}&from=2024-03`);
    await shoot(page, '22-compare-error', size.name);

    await page.goto(`/compare?missions=${ids}`);
    await expect(page.getByRole('table', { name: /Mission summary/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await shoot(page, '23-compare-print', size.name);
    if (size.name === 'desktop') {
      await page.pdf({ path: `${OUT}/compare-report.pdf`, format: 'A4', printBackground: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/compare-report.pdf`, `${OUT}/24-compare-pdf`]);
    }
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'Freeze this report' }).click();
    await page.getByRole('button', { name: 'Freeze', exact: true }).click();
    await page.getByRole('link', { name: 'Open the frozen report' }).click();
    await page.getByRole('button', { name: 'Compare with live numbers' }).click();
    await shoot(page, '25-frozen-report', size.name);
  });
}

test('compare with many missions', async ({ page }) => {
  test.setTimeout(90_000);
  fs.mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  const created: number[] = [];
  for (let i = 0; i < 16; i++) {
    const mission = await createMission(page.request, { name: `Regional stabilisation mission ${i + 1}` });
    for (const [q, value] of [
      ['2024Q1', 20 + i * 3],
      ['2024Q2', 30 + i * 2],
      ['2024Q4', 40 + i * 2],
    ] as const) {
      const response = await page.request.post(`/api/missions/${mission.id}/assessments`, {
        data: {
          period: q,
          values: { threat_response_pct: value, local_led_operations_pct: value / 2 },
          challenges: { resources: { severity: i % 5 }, coordination: { severity: (i + 2) % 5 } },
        },
      });
      expect(response.status()).toBe(201);
    }
    created.push(mission.id);
  }
  // Drafts only: the comparison is asked to include them (it shows approved assessments by default).
  await page.goto(`/compare?missions=${created.join(',')}&approvedOnly=0`);
  await expect(page.getByRole('table', { name: /Mission summary/ })).toBeVisible();
  await shoot(page, '26-compare-many', 'desktop');
});
