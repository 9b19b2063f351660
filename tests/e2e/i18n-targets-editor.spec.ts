import { expect, test } from '@playwright/test';
import { createMission } from './support';

test('the baselines, targets and weights read and edit in French, with French numbers and errors', async ({ page }) => {
  const mission = await createMission(page.request);
  const assessed = await page.request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q1', values: { violent_incidents: 30, threat_response_pct: 45 } },
  });
  expect(assessed.status(), await assessed.text()).toBe(201);

  await page.goto(`/missions/${mission.id}?lang=fr`);
  const section = page.getByRole('region', { name: 'Références, cibles et pondérations' });

  // The read-only table says where each bound comes from, in French.
  const inForce = section.getByRole('table', { name: 'Références et cibles en vigueur pour chaque indicateur noté' });
  const incidentsRow = inForce.getByRole('row', { name: /Incidents violents/ });
  await expect(incidentsRow).toContainText('aucune référence fixée : non noté');
  await expect(inForce.getByRole('row', { name: /Menaces contre les civils traitées/ })).toContainText(
    'valeur par défaut du catalogue',
  );
  await expect(inForce.getByText('no baseline', { exact: false })).toHaveCount(0);

  await section.getByRole('button', { name: 'Modifier les cibles' }).click();
  const form = section.getByRole('form', { name: 'Références, cibles et pondérations' });
  await expect(form.getByText(/^Laissez une référence ou une cible vide/)).toBeVisible();
  await expect(form.getByText('(nombre, plus bas est meilleur)').first()).toBeVisible();
  await expect(form.getByRole('heading', { level: 3, name: 'Réduction des incidents violents' })).toBeVisible();
  await expect(form.getByRole('heading', { level: 3, name: 'Pondérations des KPI' })).toBeVisible();
  await expect(form.getByText(/^Le score global est la moyenne pondérée/)).toBeVisible();
  await expect(form.getByRole('button', { name: 'Annuler' })).toBeVisible();
  const save = form.getByRole('button', { name: 'Prévisualiser l’effet' });

  const baseline = form.getByLabel('Incidents violents : Référence (nombre)', { exact: true });
  const target = form.getByLabel('Incidents violents : Cible (nombre)', { exact: true });
  await expect(baseline).toHaveAttribute('placeholder', 'aucune');
  await expect(target).toHaveAttribute('placeholder', 'aucune');
  await expect(baseline).toHaveAccessibleDescription(/Actuellement aucune : aucune référence fixée : non noté/);
  await expect(form.getByLabel('Incidents violents : Source de la référence', { exact: true })).toBeVisible();
  await expect(form.getByLabel('En vigueur à partir de', { exact: true })).toBeVisible();
  await expect(form.getByLabel('Incidents violents : Pondération', { exact: true })).toHaveAccessibleDescription(
    'Au sein du KPI ; 1 par défaut',
  );

  // What the schema says in type terms is said in French, next to the field.
  const kpiWeight = form.getByLabel('Réduction des incidents violents : pondération du KPI', { exact: true });
  await target.fill('x');
  await kpiWeight.fill('200');
  await save.click();
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(target).toHaveAccessibleDescription(/Saisissez un nombre, comme 40 ou 12,5/);
  await expect(kpiWeight).toHaveAccessibleDescription(/100 au maximum/);
  await kpiWeight.fill('');
  await save.click();
  await expect(kpiWeight).toHaveAccessibleDescription(/Saisissez une pondération de 0 à 100/);

  // French writes a decimal comma, and the editor reads it.
  await kpiWeight.fill('0,25');
  await baseline.fill('40,5');
  await target.fill('20');
  await save.click();
  await expect(form.getByRole('heading', { name: 'Effet de ces paramètres' })).toBeVisible();
  await expect(form.getByText('Chaque évaluation approuvée garde son score publié.')).toBeVisible();
  await form.getByRole('button', { name: 'Confirmer et enregistrer' }).click();
  await expect(section.getByText(/^Cibles enregistrées\./)).toBeVisible();
  await expect(incidentsRow).toContainText('40,5fixée pour cette mission');
  const saved = await (await page.request.get(`/api/missions/${mission.id}/targets`)).json();
  expect(saved.targets.violent_incidents).toEqual({ baseline: 40.5, target: 20, weight: 1 });

  await section.getByRole('button', { name: 'Modifier les cibles' }).click();
  await expect(form.getByText('set for this mission', { exact: false })).toHaveCount(0);
  await expect(form.getByText(/Actuellement 40,5 : fixée pour cette mission/)).toBeVisible();
  for (const english of ['Preview the effect', 'Cancel']) {
    await expect(form.getByRole('button', { name: english })).toHaveCount(0);
  }
  await expect(form.getByRole('heading', { name: 'KPI weights' })).toHaveCount(0);
  await expect(form.getByText('lower is better', { exact: false })).toHaveCount(0);
  await expect(form.getByLabel('Violent incidents baseline')).toHaveCount(0);
});
