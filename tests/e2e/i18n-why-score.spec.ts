import { expect, test } from '@playwright/test';
import { createMission } from './support';

test('the score trend, indicator charts, data-quality badges and “Why this score?” read in French', async ({
  page,
  request,
}) => {
  // Violent incidents 30 against the baseline set, 30 (target 50 % of it, 15), scores 0; threats
  // answered 45 % of 90 scores 50; community engagements have no target; so two KPIs of four are
  // scored and the overall is (0.25 × 0 + 0.25 × 50) / 0.5 = 25.
  const mission = await createMission(request);
  const baseline = await request.put(`/api/missions/${mission.id}/targets`, {
    data: {
      targets: { violent_incidents: { baseline: 30, target: null, weight: 1 } },
      kpiWeights: {
        violence_reduction: 0.25,
        dispute_resolution: 0.25,
        local_capacity: 0.25,
        civilian_protection: 0.25,
      },
    },
  });
  expect(baseline.status(), await baseline.text()).toBe(200);
  const created = await request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q1', values: { violent_incidents: 30, threat_response_pct: 45, community_engagements: 12 } },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto(`/missions/${mission.id}?lang=fr`);

  // The score trend: French series names in the legend and French band lines.
  const trend = page.getByRole('img', { name: /^Scores global et KPI dans le temps\./ });
  await expect(trend.getByText('Efficacité globale', { exact: true })).toBeVisible();
  await expect(trend.getByText('Réduction des incidents violents', { exact: true })).toBeVisible();
  // Band labels sit beside the plot on short lines, one tspan each.
  const bandLabels = () =>
    trend
      .locator('text')
      .evaluateAll((texts) =>
        texts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ')),
      );
  await expect.poll(bandLabels).toContain('Partiellement sur la trajectoire ≥ 40');
  expect(await bandLabels()).toContain('Sur la trajectoire ≥ 70');

  // The indicator charts: French indicator names and baseline and target lines.
  const violence = page.getByRole('img', { name: /^Réduction des incidents violents : valeurs des indicateurs/ });
  await expect(violence.getByText('Incidents violents (nombre)')).toBeVisible();
  await expect(violence.getByText('Référence 30', { exact: true })).toBeVisible();
  await expect(violence.getByText('Cible 15', { exact: true })).toBeVisible();
  await expect(page.getByText('Cible 90 %', { exact: true })).toBeVisible();

  // The data-quality badge beside the headline.
  await expect(page.getByText(/^Fondé sur 2 KPI sur 4 ; sans score : /).first()).toBeVisible();

  // “Why this score?”, opened on its period.
  const why = page.getByRole('region', { name: 'Pourquoi ce score ?' });
  await expect(why.getByText(/^Ouvrez une période pour voir le calcul détaillé/)).toBeVisible();
  const period = why.getByRole('button', { name: 'T1 2024 : score global 25,0, non noté' });
  await period.click();
  await expect(period).toHaveAttribute('aria-expanded', 'true');
  await expect(why.getByText('Qualité des données')).toBeVisible();
  await expect(
    why.getByText('Efficacité globale = moyenne pondérée des scores KPI présents (pondérations des KPI)'),
  ).toBeVisible();
  await expect(
    why.getByText('Fondé sur 2 KPI sur 4 : signalé « Incomplet », non moyenné comme s’il était complet.'),
  ).toBeVisible();
  // Two of four KPIs: the score has no band, so the working names none.
  await expect(why.getByText(/se situe dans la bande/)).toHaveCount(0);
  await expect(why.getByRole('heading', { level: 4, name: /^Réduction .*: 0,0 \(pondération du KPI / })).toBeVisible();
  await expect(why.getByText(/^Score du KPI = /).first()).toBeVisible();
  await expect(why.getByText(/^KPI non noté : aucun de ses indicateurs n’a pu être noté/).first()).toBeVisible();
  await expect(why.getByText('Non noté : non mesuré').first()).toBeVisible();
  await expect(why.getByText('Non noté : aucune cible fixée').first()).toBeVisible();

  const table = why.getByRole('table', { name: /^Réduction .* : scores des indicateurs pour T1 2024$/ });
  for (const header of ['Indicateur', 'Valeur', 'Référence', 'Cible', 'Pondération', 'Score']) {
    await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('rowheader', { name: 'Incidents violents' })).toBeVisible();

  // None of it is left in English.
  await expect(page.getByRole('region', { name: 'Why this score?' })).toHaveCount(0);
  await expect(page.getByText('Overall effectiveness', { exact: true })).toHaveCount(0);
  expect((await bandLabels()).join('\n')).not.toMatch(/on track/i);
  await expect(page.getByText('Baseline 30', { exact: true })).toHaveCount(0);
  await expect(page.getByText(/Built on 2 of 4 KPIs/)).toHaveCount(0);
  await expect(why.getByRole('button', { name: /overall 25/ })).toHaveCount(0);
  await expect(why.getByText(/weighted mean of the KPI scores/)).toHaveCount(0);
  await expect(why.getByText('Not scored: not measured')).toHaveCount(0);
  await expect(why.getByRole('columnheader', { name: 'Value', exact: true })).toHaveCount(0);
});
