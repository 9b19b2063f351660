import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { createMission } from './support';

test('the audit trail speaks French: filters, table, changes and the errors in its address', async ({
  page,
  request,
}) => {
  const mission = await createMission(request);

  await page.goto(`/admin/audit?entity=mission&id=${mission.id}&lang=fr`);
  await expect(page.getByRole('heading', { level: 1, name: 'Journal d’audit' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filtres du journal d’audit' });
  await expect(filters.getByLabel('Entité', { exact: true })).toHaveValue('mission');
  await expect(filters.getByLabel('ID de l’entité')).toHaveValue(String(mission.id));
  await expect(filters.getByLabel('Utilisateur', { exact: true })).toContainText('Tous les utilisateurs');
  await expect(filters.getByLabel('Du', { exact: true })).toBeVisible();
  await expect(filters.getByLabel('Au', { exact: true })).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Appliquer les filtres' })).toBeVisible();
  await expect(filters.getByRole('button', { name: 'Effacer les filtres' })).toBeVisible();

  const trail = page.getByRole('table', {
    name: '1 entrée correspondant aux filtres, de la plus récente à la plus ancienne',
  });
  for (const header of ['Date', 'Auteur', 'Action', 'Entité', 'ID', 'Modifications']) {
    await expect(trail.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  const creation = trail.getByRole('row').filter({ hasText: 'Création' });
  await expect(creation).toContainText('Mission');
  await expect(creation).toContainText('admin');
  await creation.getByRole('button', { name: 'Afficher les modifications' }).click();
  await expect(creation.getByRole('button', { name: 'Masquer les modifications' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  const diff = page.getByRole('table', {
    name: new RegExp(`^Modifications : Création – mission ${mission.id}, .+ UTC$`),
  });
  for (const header of ['Champ', 'Modification', 'Avant', 'Après']) {
    await expect(diff.getByRole('columnheader', { name: header })).toBeVisible();
  }
  await expect(diff.getByRole('row', { name: /^Nom Ajouté/ }).getByRole('cell')).toHaveText([
    'Ajouté',
    '(non défini)',
    mission.name,
  ]);
  await expect(
    diff
      .getByRole('row', { name: /^Sigle / })
      .getByRole('cell')
      .last(),
  ).toHaveText(mission.acronym);
  await expect(
    diff
      .getByRole('row', { name: /^Contexte multiethnique / })
      .getByRole('cell')
      .last(),
  ).toHaveText('Non');
  await expect(page.getByText(/^\d+ champs sur \d+ renseignés\./)).toBeVisible();

  // None of the English is left.
  for (const english of ['Apply filters', 'Clear filters', 'Show changes', 'Hide changes']) {
    await expect(page.getByRole('button', { name: english })).toHaveCount(0);
  }
  await expect(page.getByLabel('Entity ID')).toHaveCount(0);
  await expect(page.getByText(/newest first|Added|\(not set\)/)).toHaveCount(0);

  // A wrong filter is refused in French, next to the field.
  await filters.getByLabel('ID de l’entité').fill('abc');
  await filters.getByRole('button', { name: 'Appliquer les filtres' }).click();
  await expect(filters.getByLabel('ID de l’entité')).toHaveAccessibleDescription(
    'Saisissez un nombre entier égal ou supérieur à 1',
  );

  // …and so is a wrong address, whose date message comes from the shared schema.
  await page.goto('/admin/audit?user=0&from=2024-13-40&lang=fr');
  const alert = page.getByRole('alert').filter({ hasText: 'Les filtres de cette adresse ne sont pas valides' });
  await expect(alert).toContainText('Saisissez un nombre entier égal ou supérieur à 1');
  await expect(alert).toContainText('Écrivez la date au format AAAA-MM-JJ');
  await expect(alert).toContainText('Affichage des dernières entrées sans filtre.');
  await expect(page.getByRole('table', { name: /entrées, de la plus récente à la plus ancienne$/ })).toBeVisible();
  await expect(page.getByText('The filters in this address are not valid')).toHaveCount(0);
});

test('on a mission page in French, the UCDP tag, a chart’s table and the heat-map’s download are French', async ({
  page,
}) => {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
  expect(minusca).toBeDefined();

  await page.goto(`/missions/${minusca?.id}?lang=fr`);
  const violence = page.getByRole('region', {
    name: 'Réduction des incidents violents : valeurs des indicateurs par période',
  });
  await violence.getByRole('button', { name: 'Tableau' }).click();
  const table = violence.getByRole('table');
  await expect(table.getByRole('columnheader', { name: /^Incidents violents/ })).toBeVisible();
  await expect(
    table.getByTitle(/^Décompté à partir de UCDP Georeferenced Event Dataset \(GED\) 23\.1/).first(),
  ).toBeVisible();
  await expect(page.getByTitle(/^Counted from/)).toHaveCount(0);

  const heatmap = page.getByRole('region', { name: 'Gravité des difficultés par période' });
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    heatmap.getByRole('button', { name: 'Télécharger en SVG' }).click(),
  ]);
  const svg = fs.readFileSync((await svgDownload.path()) as string, 'utf8');
  expect(svg).toContain('>Limites des ressources</text>');
  expect(svg).toContain('>4 Critique</text>');
  expect(svg).toContain('>— non notée</text>');
  expect(svg).not.toContain('Resource limitations');
  expect(svg).not.toContain('not rated');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    heatmap.getByRole('button', { name: 'Télécharger en PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/^minusca-gravite-des-difficultes-par-periode.*\.png$/);
  await expect(heatmap.getByRole('alert')).toHaveCount(0);
});
