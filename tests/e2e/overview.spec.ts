import { expect, test } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { regionOf } from '@cpea/shared/countries';
import { createMission, setIncidentsBaseline } from './support';

test('the overview lists the demo missions and opens MINUSCA with its trend as a table', async ({ page }) => {
  // Nothing the page does may trip the Content Security Policy or throw.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto('/');
  await expect(page).toHaveTitle(/Overview/);
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();
  await expect(page.getByText('Values are illustrative demo data')).toBeVisible();

  const missions = page.getByRole('table', { name: 'Missions and their latest assessed period' });
  const summaries = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const demo = summaries.filter((mission) => mission.illustrative);
  expect(demo).toHaveLength(7);
  for (const mission of demo) {
    await expect(missions.getByRole('link', { name: new RegExp(mission.acronym) })).toBeVisible();
  }
  const minusca = missions.getByRole('row', { name: /MINUSCA/ });
  await expect(minusca).toContainText(/\d{4} Q[1-4]/);
  await expect(minusca).toContainText(/\d\/4 KPIs/);
  await expect(minusca).toContainText(/On track|Partially on track|Off track/);
  await expect(minusca).toContainText(/Improving|Stable|Deteriorating|Insufficient data/);

  await minusca.getByRole('link', { name: /MINUSCA/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /MINUSCA/ })).toBeVisible();
  await expect(page).toHaveTitle(/MINUSCA/);
  await expect(
    page.getByText(
      /Source: Illustrative demo data\. Violence and civilian-casualty counts: UCDP Georeferenced Event Dataset \(GED\) 23\.1/,
    ),
  ).toBeVisible();

  const chart = page.getByRole('region', { name: 'Overall and KPI scores over time' });
  await expect(chart.getByRole('img', { name: /Overall and KPI scores over time/ })).toBeVisible();
  const toggle = chart.getByRole('button', { name: 'Table' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = chart.getByRole('table', { name: /Overall and KPI scores over time/ });
  await expect(table.getByRole('columnheader', { name: 'Overall effectiveness' })).toBeVisible();
  const firstPeriod = table.getByRole('rowheader').first();
  await expect(firstPeriod).toHaveText(/^\d{4} Q[1-4]/);
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^(\d+\.\d|—)$/);

  await expect(page.getByRole('table', { name: 'Assessments' }).getByRole('row').nth(1)).toBeVisible();
  expect(problems).toEqual([]);
});

test('the methodology is rendered from the catalog, with sources cited by title', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methodology' }).click();
  await expect(page).toHaveTitle(/Methodology/);
  await expect(page.getByRole('heading', { level: 2, name: 'KPIs and indicators' })).toBeVisible();
  for (const kpi of [
    'Reduction in violent incidents',
    'Disputes successfully resolved',
    'Local security forces strengthened',
    'Protection of civilians',
  ]) {
    await expect(page.getByRole('heading', { level: 3, name: kpi })).toBeVisible();
  }
  await expect(
    page
      .getByText(
        'Comprehensive Guide to Military Assistance in Conflict Prevention, "Assessing Effectiveness and Challenges"',
      )
      .first(),
  ).toBeVisible();
  const challenges = page.getByRole('table', { name: /Challenge categories/ });
  await expect(challenges.getByRole('row')).toHaveCount(11);
  await expect(page.getByRole('table', { name: /Status bands/ })).toContainText('Partially on track');
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/no/such/screen');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview of missions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();

  await page.goto('/missions/999999');
  await expect(page.getByRole('heading', { level: 1, name: 'Mission not found' })).toBeVisible();
});

test('a new installation without missions explains the first three steps', async ({ page }) => {
  // What a server started with CPEA_DEMO=0 answers before anyone has created a mission.
  await page.route('**/api/missions', (route) => route.fulfill({ json: [] }));
  await page.goto('/');
  const start = page.getByRole('region', { name: /No missions yet/ });
  await expect(start.getByRole('listitem')).toHaveCount(3);
  await expect(start.getByRole('listitem').nth(0)).toContainText('Create a mission');
  await expect(start.getByRole('listitem').nth(1)).toContainText('Set its targets');
  await expect(start.getByRole('listitem').nth(2)).toContainText('Enter or import an assessment');
  await start.getByRole('link', { name: 'Create the first mission' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New mission' })).toBeVisible();
});

test('the region filter narrows the portfolio to a UN M49 region, and lives in the URL', async ({ page }) => {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const african = missions.filter((mission) => regionOf(mission.country) === 'africa');
  const others = missions.filter((mission) => !african.includes(mission));
  expect(african.length).toBeGreaterThanOrEqual(4);

  await page.goto('/');
  const table = page.getByRole('table', { name: /Missions and their latest assessed period/ });
  await page.getByLabel('Region').selectOption({ label: 'Africa' });
  await expect(page).toHaveURL(/[?&]region=africa/);
  await expect(page.getByText(`Showing ${african.length} of ${missions.length} missions`)).toBeVisible();
  for (const mission of african) await expect(table.getByRole('link', { name: mission.acronym })).toBeVisible();
  for (const mission of others) await expect(table.getByRole('link', { name: mission.acronym })).toHaveCount(0);

  await page.goBack();
  await expect(page.getByLabel('Region')).toHaveValue('');
  await expect(page.getByText(`Showing ${missions.length} of ${missions.length} missions`)).toBeVisible();
});

test('the overview counts the missions by band and lists what awaits approval, linked to its mission', async ({
  page,
}) => {
  const mission = await createMission(page.request, { country: 'ISL' });
  await setIncidentsBaseline(page.request, mission.id, 9);
  const created = await page.request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q1', values: { violent_incidents: 9 } },
  });
  const assessment = (await created.json()) as { id: number };
  expect((await page.request.post(`/api/assessments/${assessment.id}/submit`, { data: { version: 1 } })).status()).toBe(
    200,
  );

  // Submitted, not approved: the overview shows it only when asked to include unapproved ones.
  await page.goto('/?country=ISL&unapproved=1');
  const cards = page.getByRole('list', { name: 'The missions shown at a glance' });
  await expect(cards.getByRole('listitem').filter({ hasText: 'Missions' })).toHaveText(/^1\s*Missions$/);
  // Its one value scores 0 on one KPI of four: too few for a band, so it is not counted as off track.
  await expect(cards.getByRole('listitem').filter({ hasText: 'Off track' })).toHaveText(/^0\s*Off track$/);
  await expect(cards.getByRole('listitem').filter({ hasText: 'Not scored' })).toHaveText(/^1\s*Not scored$/);
  const row = page
    .getByRole('table', { name: /Missions and their latest assessed period/ })
    .getByRole('row')
    .filter({ hasText: mission.acronym });
  await expect(row).toContainText('Insufficient data (1/4 KPIs)');
  await expect(row).toContainText('2024 Q1 · Submitted');
  await cards.getByRole('link', { name: /1\s*Awaiting approval/ }).click();
  await expect(page).toHaveURL(/#awaiting-title$/);

  const awaiting = page.getByRole('region', { name: 'Awaiting approval' });
  await awaiting.getByRole('link', { name: `${mission.acronym} 2024 Q1` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(mission.acronym) })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Assessments' }).getByRole('button', { name: 'Approve' })).toBeVisible();
});
