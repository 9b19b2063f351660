import { parse } from 'csv-parse/sync';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Mission } from '@cpea/shared/mission';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';
import { createMission } from './support';

function messages(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  return typeof node === 'object' && node !== null ? Object.values(node).flatMap(messages) : [];
}

/** The import screen's English, in the pieces around its {placeholders} that its French does not share. */
const FRENCH = messages(fr.importFlow).join('\n');
const ENGLISH = messages(en.importFlow)
  .flatMap((message) => message.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => part.length >= 10 && /\s/.test(part) && !FRENCH.includes(part));

async function expectNoEnglish(page: Page) {
  const text = await page.getByRole('main').innerText();
  expect(ENGLISH.filter((phrase) => text.includes(phrase))).toEqual([]);
}

/** A one-row wide CSV for `mission`, under the header the server's own export writes. */
async function wideCsv(request: APIRequestContext, mission: Mission, values: Record<string, string>) {
  const response = await request.get(`/api/export/assessments.csv?missions=${mission.id}&format=wide`);
  expect(response.ok()).toBe(true);
  const [header] = parse(await response.text(), { bom: true }) as string[][];
  const cells: Record<string, string> = {
    mission_id: String(mission.id),
    mission_acronym: mission.acronym,
    period: '2024Q1',
    ...values,
  };
  return Buffer.from(`${header.join(',')}\r\n${header.map((name) => cells[name] ?? '').join(',')}\r\n`);
}

test('the import screen speaks French: the kinds of file, the dry run, its problems and the import', async ({
  page,
  request,
}) => {
  const mission = await createMission(request);

  await page.goto('/import?lang=fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Import et export' })).toBeVisible();

  const kinds = page.getByRole('group', { name: 'Type de fichier' });
  const assessments = kinds.getByRole('radio', { name: 'CSV d’évaluations (format large)' });
  await expect(assessments).toBeChecked();
  await expect(assessments).toHaveAccessibleDescription(/Une ligne par évaluation, telle que l’écrit Télécharger/);
  const ucdp = kinds.getByRole('radio', { name: 'CSV d’événements UCDP GED' });
  await expect(ucdp).toHaveAccessibleDescription(/chaque événement\s+devient\s+Incidents violents/);
  await expect(ucdp).toHaveAccessibleDescription(/somme de best\s+devient/);
  await ucdp.check();
  await expectNoEnglish(page);
  await assessments.check();

  const file = page.getByLabel('Fichier CSV');
  await expect(file).toHaveAccessibleDescription(/En UTF-8 avec une ligne d’en-tête, jusqu’à 60 Mo/);
  const check = page.getByRole('button', { name: 'Vérifier le fichier (simulation)' });
  await check.click();
  await expect(file).toHaveAccessibleDescription(/Choisissez un fichier CSV à vérifier/);

  // English is gone.
  await expect(page.getByRole('button', { name: 'Check file (dry run)' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Assessments CSV (wide format)' })).toHaveCount(0);
  await expect(page.getByText('Kind of file')).toHaveCount(0);

  // A bad value: the problems are listed in French and Import stays disabled.
  await file.setInputFiles({
    name: 'fr-bad.csv',
    mimeType: 'text/csv',
    buffer: await wideCsv(request, mission, { violent_incidents: 'many' }),
  });
  await check.click();
  const bad = page.getByRole('region', { name: 'Simulation de fr-bad.csv' });
  await expect(bad.getByText(/1 ligne lue — à créer : 0, .* refusées : 1\. 1 problème à corriger/)).toBeVisible();
  const problems = bad.getByRole('table', { name: 'Problèmes dans le fichier (1)' });
  await expect(problems.getByRole('columnheader')).toHaveText(['Ligne', 'Colonne', 'Problème']);
  await expect(problems.getByRole('row').filter({ hasText: 'violent_incidents' }).getByRole('cell').first()).toHaveText(
    '2',
  );
  const importButton = page.getByRole('button', { name: 'Importer', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(importButton).toHaveAccessibleDescription(/Corrigez les problèmes listés ci-dessous/);
  await expect(page.getByRole('region', { name: /^Dry run of/ })).toHaveCount(0);
  await expect(page.getByText('Rows read')).toHaveCount(0);
  await expectNoEnglish(page);

  // A good file: checked, then imported, all in French.
  await file.setInputFiles({
    name: 'fr-good.csv',
    mimeType: 'text/csv',
    buffer: await wideCsv(request, mission, { violent_incidents: '12' }),
  });
  await check.click();
  const preview = page.getByRole('region', { name: 'Simulation de fr-good.csv' });
  await expect(
    preview.getByText(
      '1 ligne lue — à créer : 1, à mettre à jour : 0, inchangées : 0, refusées : 0. Rien n’a encore été enregistré.',
    ),
  ).toBeVisible();
  await expect(preview.getByRole('definition').first()).toHaveText('1');
  await expect(preview.getByText('Lignes lues', { exact: true })).toBeVisible();
  await expect(preview.getByText('À créer', { exact: true })).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Missions que cet import modifierait :' })).toContainText(
    mission.acronym,
  );
  await expect(importButton).toBeEnabled();
  await expect(importButton).toHaveAccessibleDescription(/Prêt : l’import créera 1 et mettra à jour 0 évaluations/);
  await importButton.click();

  const done = page.getByRole('region', { name: 'Import terminé' });
  await expect(done.getByRole('heading', { name: 'Import terminé' })).toBeFocused();
  await expect(done.getByText('1 ligne importée — créées : 1, mises à jour : 0, inchangées : 0.')).toBeVisible();
  await expect(done.getByText('Créées', { exact: true })).toBeVisible();
  await expect(done.getByRole('list', { name: 'Ouvrez les missions pour voir les valeurs importées :' })).toBeVisible();
  await expect(done.getByText(/Pour importer un autre fichier/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Import finished' })).toHaveCount(0);
  await expect(done.getByText(/^Imported 1 row/)).toHaveCount(0);
  await expectNoEnglish(page);
});
