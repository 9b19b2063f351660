import { expect, test } from '@playwright/test';
import { createMission } from './support';

test('the interface switches to French, stays French on reload, and says what is wrong in French', async ({
  page,
  request,
}) => {
  const mission = await createMission(request);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();
  await page.getByLabel('Language / Langue').selectOption({ label: 'Français' });

  const nav = page.getByRole('navigation', { name: 'Principale' });
  await expect(nav.getByRole('link', { name: 'Vue d’ensemble' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Méthodologie' })).toBeVisible();
  await expect(page).toHaveTitle('Vue d’ensemble · CPEA');
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();
  await expect(page.getByText(/Dernier score global d’efficacité/)).toBeVisible();
  await expect(page.getByLabel('Type de mission')).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=fr/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.reload();
  await expect(
    page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: 'Comparer' }),
  ).toBeVisible();
  await expect(page.getByLabel('Language / Langue')).toHaveValue('fr');

  await page.getByRole('link', { name: 'Méthodologie' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Méthodologie' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Réduction des incidents violents' })).toBeVisible();
  await expect(page).toHaveURL(/\/methodology\?lang=fr$/);

  await page.goto(`/missions/${mission.id}/assessments/new`);
  await page.getByLabel('Période', { exact: true }).selectOption({ label: 'T1 2024' });
  const incidents = page.getByLabel('Incidents violents');
  await incidents.fill('-3');
  const threats = page.getByLabel('Menaces contre les civils traitées');
  await threats.fill('140');
  await page.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
  await expect(incidents).toHaveAttribute('aria-invalid', 'true');
  await expect(incidents).toHaveAccessibleDescription(/Incidents violents ne peut pas être négatif/);
  await expect(threats).toHaveAccessibleDescription(/ne peut pas dépasser 100 %/);
  await expect(page.getByRole('alert')).toContainText('2 champs doivent être corrigés');

  // Switching language keeps what was typed, and says the errors again in the new language.
  await page.getByLabel('Language / Langue').selectOption({ label: 'English' });
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' })).toBeVisible();
  await expect(page.getByLabel('Violent incidents')).toHaveValue('-3');
  await expect(page.getByLabel('Threats to civilians answered')).toHaveValue('140');
  await expect(page.getByLabel('Violent incidents')).toHaveAccessibleDescription(
    /Violent incidents cannot be negative/,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).not.toHaveURL(/lang=/);
});

test('a mission shows its French name and mandate in the French interface, and the English ones otherwise', async ({
  page,
  request,
}) => {
  const mission = await createMission(request, {
    mandate: 'Protect civilians',
    nameFr: 'Mission d’essai des Nations Unies',
    mandateFr: 'Protéger les civils',
  });
  const untranslated = await createMission(request);

  await page.goto(`/missions/${mission.id}?lang=fr`);
  await expect(page.getByRole('heading', { level: 1, name: /Mission d’essai des Nations Unies/ })).toBeVisible();
  await page.getByText('Mandat', { exact: true }).click();
  await expect(page.getByText('Protéger les civils')).toBeVisible();

  await page.goto('/?lang=fr');
  await expect(page.getByRole('link', { name: new RegExp(`${mission.acronym} Mission d’essai`) })).toBeVisible();
  await expect(
    page.getByRole('link', { name: new RegExp(`${untranslated.acronym} ${untranslated.name}`) }),
  ).toBeVisible();

  await page.getByLabel('Language / Langue').selectOption({ label: 'English' });
  await expect(page.getByRole('link', { name: new RegExp(`${mission.acronym} ${mission.name}`) })).toBeVisible();
});

test('an admin gives a mission its French name on the mission form', async ({ page, request }) => {
  const mission = await createMission(request);
  await page.goto(`/missions/${mission.id}/edit`);
  await page.getByLabel('Name in French (optional)').fill('Mission intégrée');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(mission.name) })).toBeVisible();
  await page.getByLabel('Language / Langue').selectOption({ label: 'Français' });
  await expect(page.getByRole('heading', { level: 1, name: /Mission intégrée/ })).toBeVisible();
});
