import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import type { MissionSummary } from '@cpea/shared/portfolio';

// Full-page PNGs of every screen at a desktop and a phone width, for looking at, not for
// comparing: SCREENSHOTS=1 npx playwright test screenshots
const OUT = '/tmp/cpea-shots';
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
];

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

async function shoot(page: Page, screen: string, size: string) {
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.screenshot({ path: `${OUT}/${screen}-${size}.png`, fullPage: true });
}

for (const size of SIZES) {
  test(`screens at ${size.name} width`, async ({ page }) => {
    fs.mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: size.width, height: size.height });
    const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
    const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
    const assessments = (await (
      await page.request.get(`/api/missions/${minusca?.id}/assessments`)
    ).json()) as Assessment[];

    await page.goto('/');
    await shoot(page, '01-overview', size.name);

    await page.goto(`/missions/${minusca?.id}`);
    await expect(page.getByRole('img', { name: /Overall and KPI scores over time/ })).toBeVisible();
    await page.waitForTimeout(300); // the chart measures its box before it draws
    await shoot(page, '02-mission', size.name);
    await page.getByRole('button', { name: 'Table' }).click();
    await shoot(page, '03-mission-table', size.name);

    await page.goto(`/missions/${minusca?.id}/assessments/new`);
    await page.getByLabel('Period', { exact: true }).fill('2030Q1');
    await page.getByLabel('Violent incidents').fill('-3');
    await page.getByLabel('Disputes recorded').fill('5');
    await page.getByLabel('Disputes resolved').fill('8');
    await page.getByLabel('Operations led by local forces').fill('55');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await shoot(page, '04-assessment-new-errors', size.name);

    await page.goto(`/assessments/${assessments.at(-1)?.id}/edit`);
    await shoot(page, '05-assessment-edit', size.name);

    await page.goto('/missions/new');
    await page.getByRole('button', { name: 'Create mission' }).click();
    await shoot(page, '06-mission-new-errors', size.name);

    await page.goto('/methodology');
    await shoot(page, '07-methodology', size.name);

    await page.goto('/no/such/screen');
    await shoot(page, '08-not-found', size.name);

    await page.context().clearCookies();
    await page.goto('/');
    await shoot(page, '09-sign-in', size.name);
  });
}
