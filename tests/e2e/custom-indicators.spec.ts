import { expect, test } from '@playwright/test';
import { createMission, expectNoAxeViolations } from './support';

test('an admin adds an indicator for a mission, an analyst enters a value, and its chart appears', async ({
  page,
  browser,
}) => {
  const mission = await createMission(page.request);
  const id = `checkpoints_${Date.now().toString(36)}`;

  await page.goto('/admin/indicators');
  await expect(page.getByRole('heading', { level: 1, name: 'Custom indicators' })).toBeVisible();
  // The shared schema checks the form before anything is sent, each error beside its field.
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByLabel('Id', { exact: true })).toHaveAccessibleDescription(/3 to 48 lowercase letters/);
  await expect(page.getByLabel('Name in French')).toHaveAccessibleDescription(/Give a name/);

  await page.getByLabel('Id', { exact: true }).fill(id);
  await page.getByLabel('For', { exact: true }).selectOption({ label: mission.acronym });
  await page.getByLabel('Name in English').fill('Armed-group checkpoints dismantled');
  await page.getByLabel('Name in French').fill('Barrages de groupes armés démantelés');
  await page.getByLabel('KPI', { exact: true }).selectOption({ label: 'Reduction in violent incidents' });
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Count' });
  await page.getByLabel('Direction').selectOption({ label: 'Higher is better' });
  await page.getByLabel('Kind').selectOption({ label: 'Output' });
  await page.getByLabel('Source of the data').fill('Force headquarters weekly returns');
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByText('Added Armed-group checkpoints dismantled.')).toBeVisible();
  const row = page.getByRole('table', { name: 'Defined indicators' }).getByRole('row', { name: new RegExp(id) });
  await expect(row).toContainText(mission.acronym);
  await expect(row.getByRole('button', { name: 'Retire Armed-group checkpoints dismantled' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The Methodology page lists it under its KPI, saying whose it is and where its data come from.
  await page.goto('/methodology');
  await expect(page.getByText(`Added for ${mission.acronym}: Force headquarters weekly returns`)).toBeVisible();
  await page.goto('/admin/indicators');

  const username = `analyst-${Date.now().toString(36)}`;
  const password = 'a long enough analyst password';
  const created = await page.request.post('/api/users', {
    data: { username, displayName: 'Amina Analyst', role: 'analyst', password },
  });
  expect(created.status(), await created.text()).toBe(201);

  const context = await browser.newContext({ storageState: undefined });
  const analyst = await context.newPage();
  await analyst.goto(`/missions/${mission.id}/assessments/new`);
  await analyst.getByLabel('Username').fill(username);
  await analyst.getByLabel('Password').fill(password);
  await analyst.getByRole('button', { name: 'Sign in' }).click();

  const field = analyst.getByLabel('Armed-group checkpoints dismantled');
  await expect(field).toBeVisible();
  await field.fill('-2');
  await analyst.getByRole('button', { name: 'Save assessment' }).click();
  await expect(field).toHaveAccessibleDescription(/cannot be negative/);
  await field.fill('14');
  await analyst.getByLabel('Violent incidents').fill('30');
  await analyst.getByRole('button', { name: 'Save assessment' }).click();
  await expect(analyst).toHaveURL(new RegExp(`/missions/${mission.id}`));

  const charts = analyst.getByRole('region', { name: 'Indicators by KPI' });
  await expect(charts.getByText('Armed-group checkpoints dismantled (count)')).toBeVisible();
  await context.close();

  // Now that it has a value, its direction is fixed: the refusal says so beside the field.
  await page.reload();
  await row.getByRole('button', { name: 'Edit Armed-group checkpoints dismantled' }).click();
  await expect(page.getByLabel('Id', { exact: true })).toHaveValue(id);
  await page.getByLabel('Direction').selectOption({ label: 'Lower is better' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('Direction')).toHaveAccessibleDescription(/retire the indicator and add another/);
  await page.getByLabel('Direction').selectOption({ label: 'Higher is better' });
  await page.getByLabel('Source of the data').fill('Force headquarters monthly returns');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Add an indicator' })).toBeVisible();
});

test('saving an indicator someone else changed meanwhile is refused in words, with a way to load theirs', async ({
  page,
}) => {
  const mission = await createMission(page.request);
  const id = `patrols_${Date.now().toString(36)}`;
  const created = await page.request.post('/api/indicators', {
    data: {
      id,
      missionId: mission.id,
      nameEn: 'Joint patrols held',
      nameFr: 'Patrouilles conjointes menées',
      kpi: 'civilian_protection',
      unit: 'count',
      direction: 'higher_is_better',
      kind: 'output',
      source: 'As created',
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto('/admin/indicators');
  const row = page.getByRole('table', { name: 'Defined indicators' }).getByRole('row', { name: new RegExp(id) });
  await row.getByRole('button', { name: 'Edit Joint patrols held' }).click();
  await expect(page.getByLabel('Source of the data')).toHaveValue('As created');

  // Another admin saves first.
  const theirs = await page.request.patch(`/api/indicators/${id}`, { data: { version: 1, source: 'Their source' } });
  expect(theirs.status()).toBe(200);

  await page.getByLabel('Name in English').fill('Joint patrols completed');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: /Someone else saved this indicator first/ });
  await expect(refusal).toBeVisible();

  await refusal.getByRole('button', { name: /Load the latest version/ }).click();
  await expect(page.getByLabel('Source of the data')).toHaveValue('Their source');
  await expect(page.getByLabel('Name in English')).toHaveValue('Joint patrols held');
  await page.getByLabel('Name in English').fill('Joint patrols completed');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Add an indicator' })).toBeVisible();
  const stored = (await (await page.request.get('/api/indicators')).json()) as { id: string }[];
  expect(stored.find((indicator) => indicator.id === id)).toMatchObject({
    nameEn: 'Joint patrols completed',
    source: 'Their source',
    version: 3,
  });
});
