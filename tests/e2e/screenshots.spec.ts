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
    test.setTimeout(120_000);
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
    // The exported images, as a reader of a report would get them.
    for (const [region, name] of [
      ['Overall and KPI scores over time', '15-export-trend'],
      ['Protection of civilians: indicator values by period', '16-export-indicators'],
      ['Challenge severity by period', '17-export-heatmap'],
    ]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('region', { name: region }).getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      await download.saveAs(`${OUT}/${name}-${size.name}.png`);
    }
    await page
      .getByRole('region', { name: 'Overall and KPI scores over time' })
      .getByRole('button', { name: 'Table' })
      .click();
    await shoot(page, '03-mission-table', size.name);

    const why = page.getByRole('region', { name: 'Why this score?' });
    await why.getByRole('button').first().click();
    await shoot(page, '10-mission-why', size.name);

    await page.getByRole('button', { name: 'Edit targets' }).click();
    await page.getByLabel('Violent incidents baseline').fill('-5');
    await page.getByRole('button', { name: 'Preview the effect' }).click();
    await shoot(page, '11-targets-editor-errors', size.name);

    await page.goto(`/missions/${minusca?.id}`);
    await page
      .getByRole('button', { name: /^Send back to draft/ })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send back to draft' }).click();
    await page.screenshot({ path: `${OUT}/12-workflow-dialog-${size.name}.png` });
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/?type=peacekeeping');
    await page.getByLabel('Protection of civilians').focus();
    await page.keyboard.press('End');
    await expect(page.getByRole('columnheader', { name: 'What-if rank' })).toBeVisible();
    await shoot(page, '13-overview-what-if', size.name);

    await page.route('**/api/missions', (route) => route.fulfill({ json: [] }));
    await page.goto('/');
    await shoot(page, '14-overview-empty', size.name);
    await page.unroute('**/api/missions');

    await page.goto(`/missions/${minusca?.id}/assessments/new`);
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

    await page.goto('/reporting');
    await expect(page.getByRole('table', { name: /Quarterly missions/ })).toBeVisible();
    await shoot(page, '18-reporting', size.name);

    await page.goto('/my-work');
    await shoot(page, '19-my-work', size.name);

    await page.goto('/admin/audit');
    await shoot(page, '20-audit', size.name);

    await page.goto('/admin/published');
    await expect(page.getByRole('heading', { level: 1, name: 'Published scores' })).toBeVisible();
    await shoot(page, '21-published', size.name);

    await page.goto('/methodology');
    await shoot(page, '07-methodology', size.name);

    await page.goto('/no/such/screen');
    await shoot(page, '08-not-found', size.name);

    await page.context().clearCookies();
    await page.goto('/');
    await shoot(page, '09-sign-in', size.name);
  });
}

// The same screens in French, as they are first shown: French names and mandates, longer labels
// and decimal commas are where a layout breaks.
for (const size of SIZES) {
  test(`screens in French at ${size.name} width`, async ({ page }) => {
    test.setTimeout(120_000);
    fs.mkdirSync(OUT, { recursive: true });
    await page.addInitScript(() => window.localStorage.setItem('cpea.locale', 'fr'));
    await page.setViewportSize({ width: size.width, height: size.height });
    const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
    const ids = missions.filter((mission) => mission.illustrative).map((mission) => mission.id);
    const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
    const screens: [string, string][] = [
      ['01-overview', '/'],
      ['02-mission', `/missions/${minusca?.id}`],
      ['10-factsheet', `/missions/${minusca?.id}/factsheet`],
      ['11-edit-mission', `/missions/${minusca?.id}/edit`],
      ['05-assessment-new', `/missions/${minusca?.id}/assessments/new`],
      ['21-compare-report', `/compare?missions=${ids.join(',')}`],
      ['18-reporting', '/reporting'],
      ['19-my-work', '/my-work'],
      ['20-audit', '/admin/audit'],
      ['24-indicators', '/admin/indicators'],
      ['07-methodology', '/methodology'],
    ];
    for (const [screen, url] of screens) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await shoot(page, `${screen}-fr`, size.name);
    }
  });
}
