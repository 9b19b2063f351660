import { expect, test } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';

// The "Change since the mission began" panel under MINUSCA's violent-incidents chart: the
// interrupted time series of UCDP's event counts around the mission's start, and another `at`
// chosen from a labelled select, kept in the page's address.

test("MINUSCA's violent incidents: a rate ratio and the sentence, and another start period in the URL", async ({
  page,
}) => {
  test.slow();
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
  await page.goto(`/missions/${minusca?.id}`);
  const panel = page.getByRole('region', { name: 'Change since the mission began: Violent incidents' });
  await expect(panel).toBeVisible({ timeout: 15_000 });

  const level = panel.getByRole('term').filter({ hasText: 'Level change at 2014 Q2 (rate ratio)' });
  await expect(level).toBeVisible({ timeout: 15_000 });
  await expect(panel.getByRole('definition').first()).toHaveText(/^\d+\.\d\d \(95 % CI \d+\.\d\d to \d+\.\d\d\)$/);
  await expect(panel.getByText(/^From 2014 Q2, [\d,]+ violent incidents were recorded against/)).toBeVisible();
  await expect(panel.getByText(/This is a change in time, not proof of cause\.$/)).toBeVisible();
  // The expected values are extrapolated, and the panel says so.
  await expect(panel.getByText(/carry the trend of the periods before 2014 Q2 forward/)).toBeVisible();

  const select = panel.getByLabel('Measure the change from');
  await expect(select).toHaveValue('2014Q2');
  await select.selectOption({ label: '2016 Q1' });
  await expect(page).toHaveURL(/[?&]at-violent_incidents=2016Q1(&|$)/);
  await expect(panel.getByRole('term').filter({ hasText: 'Level change at 2016 Q1 (rate ratio)' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(panel.getByText(/^From 2016 Q1, /)).toBeVisible();

  // The counterfactual has a table view.
  await panel.getByRole('button', { name: 'Table' }).click();
  const table = panel.getByRole('table', { name: /Violent incidents: the counts the model was fitted to/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('rowheader', { name: '2016 Q1' })).toBeVisible();

  // Too late a start: the reason, in words.
  await select.selectOption({ label: '2022 Q1' });
  await expect(panel.getByRole('alert')).toContainText('Too few periods from 2022 Q1 on');
});
