import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import type { MissionSummary } from '@cpea/shared/portfolio';

// One test per screen, so each stays well inside its timeout however slow the machine.
async function minuscaId(page: Page): Promise<number> {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
  if (!minusca) throw new Error('The demo portfolio has no MINUSCA');
  return minusca.id;
}

test.describe('every screen passes axe (WCAG 2.1 A and AA)', () => {
  test('overview', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('table', { name: /Missions/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('mission page', async ({ page }) => {
    await page.goto(`/missions/${await minuscaId(page)}`);
    await expect(page.getByRole('table', { name: 'Assessments' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('mission page with its chart as a table', async ({ page }) => {
    await page.goto(`/missions/${await minuscaId(page)}`);
    await page
      .getByRole('region', { name: 'Overall and KPI scores over time' })
      .getByRole('button', { name: 'Table' })
      .click();
    await expect(page.getByRole('table', { name: /Overall and KPI scores/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('assessment form with its errors shown', async ({ page }) => {
    await page.goto(`/missions/${await minuscaId(page)}/assessments/new`);
    await expect(page.getByRole('heading', { level: 2, name: 'Score preview' })).toBeVisible();
    await page.getByLabel('Violent incidents').fill('-3');
    await page.getByRole('button', { name: 'Save assessment' }).click();
    await expect(page.getByLabel('Violent incidents')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
  });

  test('new mission form', async ({ page }) => {
    await page.goto('/missions/new');
    await expect(page.getByRole('button', { name: 'Create mission' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('methodology', async ({ page }) => {
    await page.goto('/methodology');
    await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
