import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import type { MissionSummary } from '@cpea/shared/portfolio';

test('every screen passes axe (WCAG 2.1 A and AA)', async ({ page }) => {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');

  await page.goto('/');
  await expect(page.getByRole('table', { name: /Missions/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/missions/${minusca?.id}`);
  await expect(page.getByRole('table', { name: 'Assessments' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('region', { name: 'Overall and KPI scores over time' })
    .getByRole('button', { name: 'Table' })
    .click();
  await expectNoAxeViolations(page);

  await page.goto(`/missions/${minusca?.id}/assessments/new`);
  await expect(page.getByRole('heading', { level: 2, name: 'Score preview' })).toBeVisible();
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByLabel('Period', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.goto('/missions/new');
  await expect(page.getByRole('button', { name: 'Create mission' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/methodology');
  await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
  await expectNoAxeViolations(page);
});
