import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { IndicatorValues } from '@cpea/shared/assessment';
import type { MissionInput } from '@cpea/shared/mission';
import { createMission, expectNoAxeViolations } from './support';

/** A mission with one 2024Q1 assessment, made through the API with the signed-in admin's session. */
async function missionWithAssessment(
  request: APIRequestContext,
  values: IndicatorValues,
  input: Partial<MissionInput> = {},
) {
  const mission = await createMission(request, input);
  const response = await request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q1', values },
  });
  expect(response.status(), await response.text()).toBe(201);
  return mission;
}

/** A three-letter code no other test uses, so filtering by it shows only this test's missions. */
function uniqueCountry() {
  const letter = () => String.fromCharCode(65 + Math.floor(Math.random() * 26));
  return `Q${letter()}${letter()}`;
}

function missionsTable(page: Page) {
  return page.getByRole('table', { name: /Missions and their latest assessed period/ });
}

test('an admin sets a baseline and target, previews the effect, confirms, and the score and its working change to match', async ({
  page,
}) => {
  const mission = await missionWithAssessment(page.request, {
    violent_incidents: 30,
    threat_response_pct: 45,
    community_engagements: 12,
  });
  await page.goto(`/missions/${mission.id}`);

  // Before: violent incidents has no baseline, so it is shown but not scored (no "first assessed
  // value" default). Threats answered: catalog 0 -> 90, 45 / 90 = 0.5 -> 50. Community
  // engagements are an output with no catalog target, so unscored until the mission sets one.
  // Only protection of civilians is scored: overall 50.0. The headline publishes approved scores
  // only, and this draft is not approved.
  await expect(page.getByText(/No approved assessment yet/)).toBeVisible();
  const why = page.getByRole('region', { name: 'Why this score?' });
  const period = why.getByRole('button', { name: /2024 Q1: overall 50\.0/ });
  await period.click();
  await expect(period).toHaveAttribute('aria-expanded', 'true');
  await expect(why.getByText('100 × clamp((45 − 0) / (90 − 0), 0, 1) = 50.0')).toBeVisible();
  await expect(why.getByText('Not scored: no baseline set').first()).toBeVisible();
  await expect(why.getByText('Not scored: no target set').first()).toBeVisible();

  await page.getByRole('button', { name: 'Edit targets' }).click();
  const form = page.getByRole('form', { name: 'Baselines, targets and weights' });
  const baseline = form.getByLabel('Violent incidents baseline');
  const target = form.getByLabel('Violent incidents target');
  await expect(baseline).toHaveAccessibleDescription(/Now none: no baseline set: not scored/);
  await expect(form.getByLabel('Violent incidents Source of the baseline')).toHaveValue('typed');
  await expect(form.getByLabel('Effective from', { exact: true })).toHaveValue('');
  // No approved period yet: nothing to average over.
  await expect(form.getByRole('button', { name: 'Set baselines from the first four approved periods' })).toBeDisabled();

  // The shared schema refuses a negative count, next to the field, and nothing is sent.
  await baseline.fill('-40');
  await form.getByRole('button', { name: 'Preview the effect' }).click();
  await expect(baseline).toHaveAttribute('aria-invalid', 'true');
  await expect(baseline).toHaveAccessibleDescription(/Violent incidents: baseline is out of range for a count/);

  await baseline.fill('40');
  await target.fill('35');
  await form.getByRole('button', { name: 'Preview the effect' }).click();
  // The effect first: 100 × clamp((30 − 40) / (35 − 40), 0, 1) = 100; overall (100 + 50) / 2 = 75.0.
  const effect = form
    .getByRole('status')
    .filter({ has: page.getByRole('heading', { name: 'Effect of these settings' }) });
  const changes = effect.getByRole('table', { name: 'Scores of unapproved assessments that would change' });
  await expect(changes.getByRole('row', { name: /2024 Q1/ })).toContainText(/Draft\s*50\.0\s*75\.0/);
  await expect(effect.getByText('Every approved assessment keeps its published score.')).toBeVisible();
  // Nothing is saved until it is confirmed.
  const unsaved = await (await page.request.get(`/api/missions/${mission.id}/targets`)).json();
  expect(unsaved.versions).toEqual([]);
  await form.getByRole('button', { name: 'Confirm and save' }).click();
  await expect(page.getByText('Targets saved.')).toBeVisible();

  await expect(why.getByRole('button', { name: /2024 Q1: overall 75\.0/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(why.getByText('100 × clamp((30 − 40) / (35 − 40), 0, 1) = 100.0')).toBeVisible();

  // The read-only table shows what is in force and the version, and the server agrees.
  const inForce = page.getByRole('table', { name: /Baselines and targets in force/ });
  await expect(inForce.getByRole('row', { name: /Violent incidents/ })).toContainText('40set for this mission');
  const versions = page.getByRole('table', { name: /Versions of the baselines, targets and weights/ });
  const saved = await (await page.request.get(`/api/missions/${mission.id}/targets`)).json();
  // In force from the mission's first period.
  await expect(versions.getByRole('row', { name: /1 \(in force now\)/ })).toContainText(
    saved.effectiveFrom.replace('Q', ' Q'),
  );
  expect(saved.targets.violent_incidents).toEqual({ baseline: 40, target: 35, weight: 1 });
  expect(saved.versions).toHaveLength(1);
});

test('what-if weights re-rank the missions in the browser, and Reset restores the saved ranking', async ({ page }) => {
  const country = uniqueCountry();
  // Both resolve none of 10 disputes (dispute resolution 0), so each score rests on three KPIs.
  // A: operations led by local forces 75 % of a 0 -> 75 target = 100; threats answered 0 % = 0
  //    -> saved overall (100 + 0 + 0) / 3 = 33.3, rank 1.
  // B: operations led 0 % = 0; threats answered 81 % of 90 = 90 -> saved (0 + 90 + 0) / 3 = 30.0, rank 2.
  const disputes = { disputes_recorded: 10, disputes_resolved: 0 };
  const a = await missionWithAssessment(
    page.request,
    { local_led_operations_pct: 75, threat_response_pct: 0, ...disputes },
    { country, acronym: `WA${country}` },
  );
  const b = await missionWithAssessment(
    page.request,
    { local_led_operations_pct: 0, threat_response_pct: 81, ...disputes },
    { country, acronym: `WB${country}` },
  );
  const puts: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET') puts.push(`${request.method()} ${request.url()}`);
  });

  // The assessments are drafts: the overview shows them only when asked.
  await page.goto(`/?country=${country}&unapproved=1`);
  const table = missionsTable(page);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(a.acronym);
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('1');
  await expect(rows.nth(2)).toContainText(b.acronym);

  // Protection of civilians to its maximum weight, 1, by keyboard; the others stay at 0.25.
  // A: (0.25 × 100 + 1 × 0 + 0.25 × 0) / 1.5 = 16.7; B: (0.25 × 0 + 1 × 90 + 0.25 × 0) / 1.5 = 60.0: B moves up.
  const protection = page.getByRole('slider', { name: 'Protection of civilians' });
  await protection.focus();
  await page.keyboard.press('End');
  await expect(protection).toHaveValue('1');
  await expect(protection).toHaveAttribute('aria-valuetext', '1.00, 57 % of the overall');
  await expect(table.getByRole('columnheader', { name: 'What-if rank' })).toBeVisible();
  await expect(rows.nth(1)).toContainText(b.acronym);
  await expect(rows.nth(1)).toContainText('▲ 1 up');
  await expect(rows.nth(1)).toContainText('60.0');
  await expect(rows.nth(1)).toContainText('Partially on track');
  await expect(rows.nth(2)).toContainText(a.acronym);
  await expect(rows.nth(2)).toContainText('▼ 1 down');
  await expect(rows.nth(2)).toContainText('16.7');
  await expect(rows.nth(2)).toContainText('Off track');

  // One step down with the arrow key: 0.95. A: 25 / 1.45 = 17.2; B: 85.5 / 1.45 = 59.0.
  await page.keyboard.press('ArrowLeft');
  await expect(protection).toHaveValue('0.95');
  await expect(rows.nth(1)).toContainText('59.0');
  await expect(rows.nth(2)).toContainText('17.2');

  // The weights live in the URL: a reload (or a shared link) reopens the same ranking.
  await expect(page).toHaveURL(/weights=violence_reduction%3A0.25%2C.*civilian_protection%3A0.95/);
  await page.reload();
  await expect(protection).toHaveValue('0.95');
  await expect(rows.nth(1)).toContainText('59.0');

  await page.getByRole('button', { name: 'Reset to saved weights' }).click();
  await expect(table.getByRole('columnheader', { name: 'Rank', exact: true })).toBeVisible();
  await expect(rows.nth(1)).toContainText(a.acronym);
  await expect(protection).toHaveValue('0.25');
  await expect(page).not.toHaveURL(/weights=/);

  // Back returns to the what-if ranking, with the filter kept.
  await page.goBack();
  await expect(protection).toHaveValue('0.95');
  await expect(rows.nth(1)).toContainText(b.acronym);
  await expect(page).toHaveURL(new RegExp(`country=${country}`));
  // Nothing was saved.
  expect(puts).toEqual([]);
});

test('the overview filters narrow the table and live in the URL, through reload and back', async ({ page }) => {
  const country = uniqueCountry();
  const mediation = await missionWithAssessment(
    page.request,
    { threat_response_pct: 45 },
    { country, missionType: 'mediation_support', leadOrganisation: 'AU', acronym: `FM${country}` },
  );
  const peacekeeping = await missionWithAssessment(
    page.request,
    { threat_response_pct: 45 },
    { country, missionType: 'peacekeeping', leadOrganisation: 'UN', acronym: `FP${country}` },
  );

  await page.goto('/');
  const table = missionsTable(page);
  await expect(table.getByRole('link', { name: /MINUSCA/ })).toBeVisible();

  await page.getByLabel('Country').selectOption(country);
  await expect(page).toHaveURL(new RegExp(`[?&]country=${country}`));
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('link', { name: /MINUSCA/ })).toHaveCount(0);

  await page.getByLabel('Mission type').selectOption({ label: 'Mediation support' });
  await expect(page).toHaveURL(/type=mediation_support/);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(mediation.acronym);
  await expect(page.getByText('Showing 1 of')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Mission type')).toHaveValue('mediation_support');
  await expect(page.getByLabel('Country')).toHaveValue(country);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(mediation.acronym);
  // The mission still needs to report for the portfolio's latest quarter, and is named so.
  await expect(page.getByRole('region', { name: 'Not reported for the latest period' })).toContainText(
    mediation.acronym,
  );

  await page.goBack();
  await expect(page.getByLabel('Mission type')).toHaveValue('');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText(peacekeeping.acronym);

  await page.getByLabel('Lead organisation').selectOption('UN');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(table.getByRole('link', { name: /MINUSCA/ })).toBeVisible();
});

test('a chart downloads as SVG and PNG with its title and source drawn in', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const mission = await missionWithAssessment(page.request, { violent_incidents: 30, threat_response_pct: 45 });
  await page.goto(`/missions/${mission.id}`);
  const chart = page.getByRole('region', { name: 'Overall and KPI scores over time' });
  await expect(chart.getByRole('img', { name: /Overall and KPI scores over time/ })).toBeVisible();

  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svgDownload.suggestedFilename()).toBe(
    `${mission.acronym.toLowerCase()}-overall-and-kpi-scores-over-time-score-0-100.svg`,
  );
  const svg = fs.readFileSync((await svgDownload.path()) as string, 'utf8');
  expect(svg).toContain(`${mission.acronym}: Overall and KPI scores over time (score 0–100)</text>`);
  expect(svg).toContain(`Source: Assessments entered for ${mission.acronym}.</text>`);
  expect(svg).toContain('Overall effectiveness</text>');
  expect(svg).not.toContain('<script');

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = fs.readFileSync((await pngDownload.path()) as string);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);
  expect(problems).toEqual([]);
});

test('the new views pass axe: what-if ranking, working, targets editor and workflow dialog', async ({ page }) => {
  const country = uniqueCountry();
  const mission = await missionWithAssessment(
    page.request,
    { violent_incidents: 30, disputes_recorded: 4, disputes_resolved: 3, threat_response_pct: 45 },
    { country },
  );
  await page.goto(`/?country=${country}`);
  await page.getByRole('slider', { name: 'Reduction in violent incidents' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(missionsTable(page).getByRole('columnheader', { name: 'What-if rank' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/missions/${mission.id}`);
  await page
    .getByRole('region', { name: 'Why this score?' })
    .getByRole('button', { name: /2024 Q1/ })
    .click();
  await page.getByRole('button', { name: 'Edit targets' }).click();
  await page.getByLabel('Violent incidents target').fill('x');
  await page.getByRole('button', { name: 'Preview the effect' }).click();
  await expect(page.getByLabel('Violent incidents target')).toHaveAccessibleDescription(/Enter a number/);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Submit 2024 Q1' }).click();
  await page.getByRole('button', { name: 'Send back to draft 2024 Q1' }).click();
  await expect(page.getByRole('dialog', { name: 'Send 2024 Q1 back to draft' })).toBeVisible();
  await expectNoAxeViolations(page);
});
