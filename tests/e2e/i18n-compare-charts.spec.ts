import { expect, test } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';

const DEMO = ['UNTAC', 'MFO', 'MINUSCA'];

test('the charts of the comparison report speak French: titles, toggles, tables, notes and sources', async ({
  page,
}) => {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const ids = missions
    .filter((m) => DEMO.includes(m.acronym))
    .map((m) => m.id)
    .join(',');
  expect(ids.split(',')).toHaveLength(DEMO.length);

  await page.goto(`/compare?missions=${ids}&lang=fr`);

  // KPI bars: title, the latest/mean toggle, the note, the source line, and the table view.
  const kpi = page.getByRole('region', { name: /^Scores KPI par mission/ });
  await expect(kpi.getByRole('heading', { name: 'Scores KPI par mission, dernière période' })).toBeVisible();
  const measure = kpi.getByRole('group', { name: 'Score KPI affiché' });
  await expect(measure.getByRole('button', { name: 'Dernière période' })).toHaveAttribute('aria-pressed', 'true');
  await expect(kpi.getByText(/Un tiret au lieu d’une barre : le KPI n’a pas de score\./)).toBeVisible();
  await expect(kpi.getByText(/^Source : .*Données de démonstration \(/)).toBeVisible();
  await measure.getByRole('button', { name: 'Moyenne' }).click();
  await expect(kpi.getByRole('heading', { name: 'Scores KPI par mission, moyenne sur la plage' })).toBeVisible();
  await kpi.getByRole('button', { name: 'Tableau' }).click();
  const kpiTable = kpi.getByRole('table', { name: 'Scores KPI par mission, moyenne sur la plage (score 0–100)' });
  await expect(kpiTable.getByRole('columnheader', { name: 'Réduction des incidents violents' })).toBeVisible();
  await expect(kpiTable.getByRole('columnheader', { name: 'Protection des civils' })).toBeVisible();

  // Overall trends: the time-axis toggle renames the chart and its table's first column.
  const trend = page.getByRole('region', { name: /^Efficacité globale/ });
  await expect(trend.getByRole('heading', { name: 'Efficacité globale dans le temps' })).toBeVisible();
  await expect(trend.getByText(/Une ligne interrompue signale une période sans score\./)).toBeVisible();
  const axis = trend.getByRole('group', { name: 'Axe du temps' });
  await expect(axis.getByRole('button', { name: 'Calendrier' })).toBeVisible();
  await axis.getByRole('button', { name: 'Depuis la première période' }).click();
  await expect(
    trend.getByRole('heading', { name: 'Efficacité globale depuis la première période évaluée de chaque mission' }),
  ).toBeVisible();
  await trend.getByRole('button', { name: 'Tableau' }).click();
  const trendTable = trend.getByRole('table', { name: /score global 0–100 ; les périodes où aucune mission/ });
  await expect(trendTable.getByRole('columnheader', { name: 'Depuis la première évaluation' })).toBeVisible();
  await expect(trendTable.getByRole('rowheader', { name: /^(Trimestre|Mois) 1$/ })).toBeVisible();

  // Challenge profiles: small multiples with French spokes, and a table with French categories.
  const profiles = page.getByRole('region', {
    name: 'Profils de difficultés : gravité par catégorie (0 aucune – 4 critique)',
  });
  await expect(profiles.getByText(/^Forme pleine : gravité moyenne sur la plage\./)).toBeVisible();
  await expect(profiles.getByText(/ · dernière période /).first()).toBeVisible();
  await expect(profiles.getByText('Ressources', { exact: true }).first()).toBeVisible();
  await profiles.getByRole('button', { name: 'Tableau' }).click();
  const profilesTable = profiles.getByRole('table', { name: /moyenne sur la plage et dernière période$/ });
  await expect(profilesTable.getByRole('columnheader', { name: 'Catégorie de difficulté' })).toBeVisible();
  await expect(profilesTable.getByRole('columnheader', { name: 'Moyenne' }).first()).toBeVisible();
  await expect(profilesTable.getByRole('rowheader', { name: 'Limites des ressources' })).toBeVisible();

  // Heat-map: French corner, categories and severity legend.
  const heatMap = page.getByRole('region', { name: 'Gravité moyenne des difficultés, par mission et par catégorie' });
  await expect(heatMap.getByText('Catégorie', { exact: true })).toBeVisible();
  await expect(heatMap.getByText('Volonté et engagement politiques')).toBeVisible();
  // Legend entries read "4 Critique", "— Non notée": the swatch holds the number.
  await expect(heatMap.getByText(/^4\s*Critique$/)).toBeVisible();
  await expect(heatMap.getByText(/^—\s*Non notée$/)).toBeVisible();
  await heatMap.getByRole('button', { name: 'Tableau' }).click();
  await expect(
    heatMap.getByRole('table', {
      name: 'Gravité moyenne des difficultés, par mission et par catégorie (0 aucune – 4 critique)',
    }),
  ).toBeVisible();

  // None of the English of these charts is left.
  for (const english of [
    /KPI scores per mission/,
    /Overall effectiveness/,
    /Challenge profiles/,
    /Mean challenge severity/,
  ]) {
    await expect(page.getByRole('region', { name: english })).toHaveCount(0);
  }
  await expect(page.getByRole('group', { name: 'Time axis' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'KPI score shown' })).toHaveCount(0);
  await expect(page.getByText('Challenge category')).toHaveCount(0);
  await expect(page.getByText(/Illustrative demo data \(/)).toHaveCount(0);
  await expect(page.getByText(/Dotted lines: band thresholds/)).toHaveCount(0);
});
