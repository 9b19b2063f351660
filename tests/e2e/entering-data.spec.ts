import { expect, test } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import type { MissionTargetsResponse } from '@cpea/shared/targets';
import { createMission, expectNoAxeViolations } from './support';

test('the assessment form shows every error at once, the cross-field one with the others', async ({ page }) => {
  const mission = await createMission(page.request);
  await page.goto(`/missions/${mission.id}/assessments/new`);
  await expect(page.getByRole('heading', { level: 1, name: /New assessment/ })).toBeVisible();

  await page.getByLabel('Violent incidents').fill('-1');
  await page.getByLabel('Conflict fatalities').fill('2.5');
  await page.getByLabel('Local personnel trained').fill('many');
  await page.getByLabel('Operations led by local forces').fill('140');
  await page.getByLabel('Capability rating').fill('7');
  await page.getByLabel('Disputes recorded').fill('3');
  await page.getByLabel('Disputes resolved').fill('9');
  await page.getByRole('button', { name: 'Save assessment' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'fields need attention before saving' });
  await expect(summary).toContainText('6 fields need attention before saving:');
  await expect(summary.getByRole('link')).toHaveCount(6);
  await expect(
    summary.getByRole('link', { name: 'Disputes resolved (9) cannot exceed disputes recorded (3)' }),
  ).toBeVisible();
  // Each in words next to its field, in the first wave.
  await expect(page.getByLabel('Violent incidents')).toHaveAccessibleDescription(/cannot be negative/);
  await expect(page.getByLabel('Conflict fatalities')).toHaveAccessibleDescription(/whole number/);
  await expect(page.getByLabel('Local personnel trained')).toHaveAccessibleDescription(/must be a number/);
  await expect(page.getByLabel('Operations led by local forces')).toHaveAccessibleDescription(/cannot exceed 100 %/);
  await expect(page.getByLabel('Capability rating')).toHaveAccessibleDescription(/rated from 1 to 5/);
  await expect(page.getByLabel('Disputes resolved')).toHaveAccessibleDescription(
    /Disputes resolved \(9\) cannot exceed disputes recorded \(3\)/,
  );
  await expect(page.getByLabel('Disputes resolved')).toHaveAttribute('aria-invalid', 'true');
  expect(((await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as unknown[]).length).toBe(
    0,
  );
});

test('French takes a decimal comma in the form and the quarters as shown, T1 2024, in the targets editor and Compare', async ({
  page,
}) => {
  const mission = await createMission(page.request);
  const other = await createMission(page.request);
  await page.goto(`/missions/${mission.id}/assessments/new?lang=fr`);
  await page.getByLabel('Période', { exact: true }).selectOption({ label: 'T1 2024' });
  await page.getByLabel('Opérations menées par les forces locales').fill('37,5');
  await page.getByLabel('Menaces contre les civils traitées').fill('12,25');
  await page.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  const saved = (await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as Assessment[];
  expect(saved.map((a) => [a.period, a.values.local_led_operations_pct, a.values.threat_response_pct])).toEqual([
    ['2024Q1', 37.5, 12.25],
  ]);

  // The targets editor: the effective-from period and a baseline window typed as the screen shows them.
  const section = page.getByRole('region', { name: 'Références, cibles et pondérations' });
  await section.getByRole('button', { name: 'Modifier les cibles' }).click();
  const form = section.getByRole('form', { name: 'Références, cibles et pondérations' });
  await form.getByLabel('Incidents violents : Source de la référence', { exact: true }).selectOption({
    label: 'Moyenne de périodes approuvées',
  });
  await form.getByLabel('Incidents violents : De la période', { exact: true }).fill('T1 2024');
  await form.getByLabel('Incidents violents : À la période', { exact: true }).fill('2024 T2');
  await form.getByLabel('En vigueur à partir de', { exact: true }).fill('T1 2024');
  await form.getByLabel('Incidents violents : Cible (nombre)', { exact: true }).fill('12,5');
  const previewed = page.waitForRequest((request) => request.url().includes('/targets/preview'));
  await form.getByRole('button', { name: 'Prévisualiser l’effet' }).click();
  const sent = (await previewed).postDataJSON() as {
    effectiveFrom: string;
    targets: Record<string, { target: number; baselineSource?: { from: string; to: string } }>;
  };
  expect(sent.effectiveFrom).toBe('2024Q1');
  expect(sent.targets.violent_incidents).toMatchObject({
    target: 12.5,
    baselineSource: { from: '2024Q1', to: '2024Q2' },
  });

  // Typed baseline instead of the window (no approved period to average yet), then saved.
  await form.getByLabel('Incidents violents : Source de la référence', { exact: true }).selectOption({
    label: 'Une valeur saisie',
  });
  await form.getByLabel('Incidents violents : Référence (nombre)', { exact: true }).fill('40,5');
  await form.getByRole('button', { name: 'Prévisualiser l’effet' }).click();
  await expect(form.getByText('En vigueur à partir de: T1 2024')).toBeVisible();
  await form.getByRole('button', { name: 'Confirmer et enregistrer' }).click();
  await expect(section.getByText(/^Cibles enregistrées\./)).toBeVisible();
  const targets = (await (
    await page.request.get(`/api/missions/${mission.id}/targets`)
  ).json()) as MissionTargetsResponse;
  expect(targets.effectiveFrom).toBe('2024Q1');
  expect(targets.targets.violent_incidents).toMatchObject({ baseline: 40.5, target: 12.5 });

  // Compare: the range typed as T1 2023 and 2023 T4 becomes 2023Q1 to 2023Q4 in the address.
  const ids = [mission.id, other.id].sort((a, b) => a - b).join(',');
  await page.goto(`/compare?missions=${ids}&lang=fr`);
  await page.getByLabel('Du', { exact: true }).fill('T1 2023');
  await page.getByLabel('Au', { exact: true }).fill('2023 T4');
  await page.getByRole('button', { name: 'Comparer' }).click();
  await expect(page).toHaveURL(/from=2023Q1&to=2023Q4/);
  await expect(page.getByLabel('Du', { exact: true })).toHaveAccessibleDescription(/T1 2024 ou 2024Q1/);
  await expect(page.getByLabel('Du', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
});

test('leaving the form with unsaved changes asks first; a save does not', async ({ page }) => {
  const mission = await createMission(page.request);
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: mission.acronym });
  await page.goto(`/missions/${mission.id}/assessments/new`);

  // Nothing typed: nothing to lose, no question.
  await breadcrumb.click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  await page.goto(`/missions/${mission.id}/assessments/new`);

  await page.getByLabel('Violent incidents').fill('12');
  await breadcrumb.click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/are not saved/);
  await expect(dialog.getByRole('button', { name: 'Stay and keep editing' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/\/assessments\/new$/);
  await expect(page.getByLabel('Violent incidents')).toHaveValue('12');

  await breadcrumb.click();
  await dialog.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  expect(((await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as unknown[]).length).toBe(
    0,
  );

  // A successful save goes straight to the mission.
  await page.goto(`/missions/${mission.id}/assessments/new`);
  await page.getByLabel('Violent incidents').fill('12');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // Deleting the draft throws the changes away on purpose: no second question.
  const draft = await page.request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q2', values: { violent_incidents: 5 } },
  });
  expect(draft.status(), await draft.text()).toBe(201);
  await page.goto(`/assessments/${((await draft.json()) as Assessment).id}/edit`);
  await page.getByLabel('Violent incidents').fill('6');
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // A reload or a closed tab gets the browser's own question.
  const saved = (await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as Assessment[];
  await page.goto(`/assessments/${saved[0]?.id}/edit`);
  await page.getByLabel('Violent incidents').fill('13');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
});

test('a viewer on the new-assessment address is told it is read-only, with no form to fill', async ({
  page,
  browser,
}) => {
  const mission = await createMission(page.request);
  const username = `viewer-${Date.now().toString(36)}`;
  const password = 'a long enough viewer password';
  const created = await page.request.post('/api/users', {
    data: { username, displayName: 'Vera Viewer', role: 'viewer', password },
  });
  expect(created.status(), await created.text()).toBe(201);

  const context = await browser.newContext({ storageState: undefined });
  const viewer = await context.newPage();
  await viewer.goto(`/missions/${mission.id}/assessments/new`);
  await viewer.getByLabel('Username').fill(username);
  await viewer.getByLabel('Password').fill(password);
  await viewer.getByRole('button', { name: 'Sign in' }).click();

  await expect(
    viewer.getByRole('heading', { level: 2, name: 'Read-only: you cannot enter assessments' }),
  ).toBeVisible();
  await expect(
    viewer.getByText(`Your account can read ${mission.acronym}’s assessments but not enter them.`),
  ).toBeVisible();
  await expectNoAxeViolations(viewer);
  const main = viewer.getByRole('main');
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('combobox')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Save assessment' })).toHaveCount(0);
  await viewer.getByRole('link', { name: `Back to ${mission.acronym}` }).click();
  await expect(viewer).toHaveURL(new RegExp(`/missions/${mission.id}$`));

  // An existing assessment: its values in fields that say they cannot be changed.
  const made = await page.request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q1', values: { violent_incidents: 9 } },
  });
  expect(made.status(), await made.text()).toBe(201);
  const { id } = (await made.json()) as Assessment;
  await viewer.goto(`/assessments/${id}/edit`);
  await expect(viewer.getByText('You have read-only access: an analyst or admin can change this.')).toBeVisible();
  await expect(viewer.getByLabel('Violent incidents')).toHaveValue('9');
  await expect(viewer.getByLabel('Violent incidents')).toBeDisabled();
  await expect(viewer.getByLabel('Achievements')).toBeDisabled();
  await expect(viewer.getByRole('button', { name: 'Save changes' })).toBeDisabled();

  await viewer.goto(`/missions/${mission.id}/assessments/new?lang=fr`);
  await expect(
    viewer.getByRole('heading', { level: 2, name: 'Lecture seule : vous ne pouvez pas saisir d’évaluation' }),
  ).toBeVisible();
  await context.close();
});
