import { expect, test, type APIRequestContext } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';

const THREE = ['UNTAC', 'MFO', 'MINUSCA'];
const score = new Intl.NumberFormat('fr', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

async function demoMissionIds(request: APIRequestContext): Promise<string> {
  const missions = (await (await request.get('/api/missions')).json()) as MissionSummary[];
  return THREE.map((acronym) => {
    const mission = missions.find((m) => m.acronym === acronym);
    if (!mission) throw new Error(`The demo portfolio has no ${acronym}`);
    return mission.id;
  })
    .sort((a, b) => a - b)
    .join(',');
}

test('the Compare screen and its report read in French', async ({ page }) => {
  await page.goto('/compare?lang=fr');
  await expect(page.getByText('Aucune comparaison pour l’instant')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Missions à comparer' })).toBeVisible();
  await expect(page.getByLabel('Filtrer les missions')).toHaveAttribute('placeholder', 'Sigle, nom ou pays');
  await expect(page.getByRole('heading', { level: 2, name: 'Rapports figés' })).toBeVisible();
  await expect(page.getByText('No comparison yet')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Missions to compare' })).toHaveCount(0);

  const ids = await demoMissionIds(page.request);
  await page.goto(`/compare?missions=${ids}&lang=fr`);
  const summary = page.getByRole('table', { name: /^Synthèse par mission/ });
  await expect(summary).toBeVisible();
  await expect(page.getByText(/^3 sur \d+ sélectionnées : /)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Rapport de comparaison' })).toBeVisible();
  await expect(summary.getByRole('columnheader', { name: 'Score global moyen' })).toBeVisible();
  await expect(summary.getByRole('columnheader', { name: 'Périodes couvertes' })).toBeVisible();
  const report = (await (await page.request.get(`/api/reports/comparison?missions=${ids}`)).json()) as {
    missions: { acronym: string; mean: { overall: number | null } }[];
  };
  const minusca = report.missions.find((m) => m.acronym === 'MINUSCA');
  const minuscaRow = summary.getByRole('row', { name: /MINUSCA/ });
  await expect(minuscaRow).toContainText(score.format(minusca?.mean.overall ?? NaN));
  await expect(minuscaRow).toContainText('Décomptes de violences issus de UCDP GED 23.1');

  const actions = page.getByRole('group', { name: 'Actions sur le rapport' });
  await expect(actions.getByRole('link', { name: 'Exporter en CSV' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Imprimer / Enregistrer en PDF' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Sources des données' })).toBeVisible();
  await expect(page.getByText(/^Score d’un indicateur = 100 ×/)).toBeVisible();

  await expect(page.getByRole('heading', { level: 2, name: 'Difficultés et efficacité' })).toBeVisible();
  await expect(page.getByText('Association, et non causalité.')).toBeVisible();
  const gapChart = page.getByRole('region', { name: 'Écart d’efficacité par catégorie de difficulté' });
  await gapChart.getByRole('button', { name: 'Tableau' }).click();
  const association = gapChart.getByRole('table', { name: /^Difficultés et efficacité/ });
  await expect(association.getByRole('columnheader', { name: 'Au sein des missions (rho)' })).toBeVisible();
  await expect(association.getByRole('rowheader', { name: 'Coordination opérationnelle' })).toBeVisible();
  const sentences = page.getByRole('list', { name: /^Phrases pour une note d’information/ });
  await expect(
    sentences
      .getByRole('listitem')
      .filter({ hasText: /^Là où la difficulté « Coordination opérationnelle » était jugée/ }),
  ).toContainText('Il s’agit d’une association, non d’une preuve de causalité.');
  await expect(page.getByRole('heading', { level: 2, name: 'Points saillants des récits' })).toBeVisible();

  await expect(page.getByRole('table', { name: /Mission summary/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveCount(0);
  await expect(page.getByText('Association, not causation.')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Narrative highlights' })).toHaveCount(0);

  // Freezing, then the frozen report.
  const title = `Revue trimestrielle ${Date.now()}`;
  await page.getByRole('button', { name: 'Figer ce rapport' }).click();
  const titleField = page.getByLabel('Titre', { exact: true });
  await expect(titleField).toHaveValue(/^Comparaison de UNTAC, MFO, MINUSCA/);
  await titleField.fill(title);
  await page.getByRole('button', { name: 'Figer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Figé sous le titre « ${title} »` })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Rapports figés/ }).getByRole('link', { name: title })).toBeVisible();
  await page.getByRole('link', { name: 'Ouvrir le rapport figé' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveTitle(`${title} · Rapport figé · CPEA`);
  await expect(page.getByText(/^Figé le \d{1,2} \S+ \d{4}.* par .+\. Version de la méthodologie : /)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ouvrir avec les données actuelles' })).toBeVisible();
  await page.getByRole('button', { name: 'Comparer avec les chiffres actuels' }).click();
  await expect(page.getByText(/^Aucune mission n’a vu son dernier score global/)).toBeVisible();
  const diff = page.getByRole('table', { name: /^Scores globaux figés et actuels/ });
  await expect(diff.getByRole('columnheader', { name: 'Dernier, figé' })).toBeVisible();
  await expect(
    diff
      .getByRole('row', { name: /MINUSCA/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('0,0');

  await expect(page.getByRole('button', { name: 'Compare with live numbers' })).toHaveCount(0);
  await expect(page.getByText(/Frozen on/)).toHaveCount(0);
  await expect(page.getByRole('table', { name: /Frozen against live/ })).toHaveCount(0);
});
