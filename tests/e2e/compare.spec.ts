import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { METHODOLOGY_VERSION } from '@cpea/shared/comparison';
import { expectNoAxeViolations } from './support';
import type { LiveComparisonReport } from '@cpea/shared/comparison';
import type { MissionSummary } from '@cpea/shared/portfolio';

const THREE = ['UNTAC', 'MFO', 'MINUSCA'];

// The report's own formats, written out again here so a change to either side shows.
const score = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const rho = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('en', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

async function demoMissions(request: APIRequestContext): Promise<MissionSummary[]> {
  const missions = (await (await request.get('/api/missions')).json()) as MissionSummary[];
  return THREE.map((acronym) => {
    const mission = missions.find((m) => m.acronym === acronym);
    if (!mission) throw new Error(`The demo portfolio has no ${acronym}`);
    return mission;
  });
}

function idsOf(missions: readonly MissionSummary[]): string {
  return missions
    .map((m) => m.id)
    .sort((a, b) => a - b)
    .join(',');
}

async function comparisonFromApi(request: APIRequestContext, query: string): Promise<LiveComparisonReport> {
  const response = await request.get(`/api/reports/comparison?${query}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as LiveComparisonReport;
}

function missionBox(page: Page, acronym: string) {
  return page
    .getByRole('group', { name: 'Missions to compare' })
    .getByRole('checkbox', { name: new RegExp(`^${acronym} `) });
}

test('a comparison of three demo missions is built through the controls, shows the API’s numbers and lives in the URL', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  const missions = await demoMissions(page.request);
  const ids = idsOf(missions);

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare missions' })).toBeVisible();
  await expect(page).toHaveTitle(/Compare/);

  await missionBox(page, 'UNTAC').check();
  await missionBox(page, 'MFO').check();
  // The filter box narrows a long list; the selection stays.
  await page.getByLabel('Filter missions').fill('central african');
  await expect(missionBox(page, 'UNTAC')).toBeHidden();
  await missionBox(page, 'MINUSCA').check();
  await page.getByLabel('Filter missions').fill('');
  await expect(page.getByText(/^3 of \d+ selected/)).toBeVisible();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/compare\\?missions=${ids}$`));
  const summary = page.getByRole('table', { name: /Mission summary/ });
  await expect(summary).toBeVisible();

  // Known values, computed from the API the page reads.
  const report = await comparisonFromApi(page.request, `missions=${ids}`);
  const minusca = report.missions.find((m) => m.acronym === 'MINUSCA');
  const minuscaRow = summary.getByRole('row', { name: /MINUSCA/ });
  await expect(minuscaRow).toContainText(score.format(minusca?.mean.overall ?? NaN));
  await expect(minuscaRow).toContainText(score.format(minusca?.latest?.overall ?? NaN));
  await expect(minuscaRow).toContainText(/On track|Partially on track|Off track/);
  await expect(minuscaRow).toContainText(/Improving|Stable|Deteriorating|Insufficient data/);
  await expect(minuscaRow).toContainText('Violence counts from UCDP GED 23.1');

  // Challenges and effectiveness: the gap chart, its table view in the report's ranking, and a
  // briefing sentence per category.
  const association = page.getByRole('region', { name: 'Challenges and effectiveness', exact: true });
  await expect(association.getByText('Association, not causation.')).toBeVisible();
  const gapChart = association.getByRole('region', { name: 'Effectiveness gap by challenge category' });
  await expect(gapChart.getByRole('img', { name: /^Effectiveness gap by challenge category/ })).toBeVisible();
  await expect(gapChart.getByText('Gap in overall score (points): severity ≥ 3 minus ≤ 1')).toBeVisible();
  await gapChart.getByRole('button', { name: 'Table' }).click();
  const associationTable = gapChart.getByRole('table', {
    name: /^Challenges and effectiveness: within- and between-mission/,
  });
  const rows = report.association.rows;
  const [top] = rows;
  const firstRow = associationTable.getByRole('row').nth(1);
  await expect(firstRow.getByRole('rowheader')).toHaveText(challengeName(top.challenge));
  await expect(firstRow.getByRole('cell').nth(1)).toContainText(rho.format(top.withinRho.estimate ?? NaN));
  const withGap = rows.find((row) => row.gap.estimate != null && row.gap.lower != null);
  const tooFew = rows.find((row) => row.gapReason === 'too_few_to_compare');
  expect(withGap, 'a category with a gap and its interval').toBeTruthy();
  const gapRow = associationTable.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: challengeName(withGap?.challenge), exact: true }),
  });
  await expect(gapRow.getByRole('cell').nth(3)).toContainText(signed.format(withGap?.gap.estimate ?? NaN));
  if (tooFew) {
    const tooFewRow = associationTable.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: challengeName(tooFew.challenge), exact: true }),
    });
    await expect(tooFewRow.getByRole('cell').nth(3)).toHaveText('Too few to compare');
  }

  const sentences = association.getByRole('list', { name: 'Briefing sentences, one per challenge category' });
  await expect(sentences.getByRole('listitem')).toHaveCount(rows.length);
  const high = withGap?.high;
  const sentence = sentences.getByRole('listitem').filter({
    hasText: `Where “${challengeName(withGap?.challenge)}” was rated high or critical (${high?.assessments} assessments, ${high?.missions} missions)`,
  });
  await expect(sentence).toContainText(
    `averaged ${Math.round(Math.abs(withGap?.gap.estimate ?? NaN))} points ${(withGap?.gap.estimate ?? 0) < 0 ? 'lower' : 'higher'} (95 % CI`,
  );
  await expect(sentence).toContainText('This is an association, not proof of cause.');

  // The KPI chart's table view holds the same numbers as the API.
  const kpiChart = page.getByRole('region', { name: /KPI scores per mission/ });
  await kpiChart.getByRole('button', { name: 'Table' }).click();
  const kpiTable = kpiChart.getByRole('table', { name: /KPI scores per mission, latest period/ });
  const violence = report.kpiComparison.find((row) => row.kpi === 'violence_reduction');
  const untac = violence?.missions.find((m) => m.missionId === report.missions[0].missionId);
  await expect(kpiTable.getByRole('row', { name: new RegExp(report.missions[0].acronym) })).toContainText(
    score.format(untac?.latest ?? NaN),
  );

  // A reload restores the same comparison from the address alone.
  await page.reload();
  for (const acronym of THREE) await expect(missionBox(page, acronym)).toBeChecked();
  await expect(
    page.getByRole('table', { name: /Mission summary/ }).getByRole('row', { name: /MINUSCA/ }),
  ).toContainText(score.format(minusca?.mean.overall ?? NaN));

  // A narrower range is a new address; Back returns to the previous comparison.
  await page.getByLabel('From', { exact: true }).fill('2020Q1');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`missions=${ids}&from=2020Q1$`));
  await expect(page.getByRole('group', { name: 'Report actions' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`missions=${ids}$`));
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');

  // Export CSV asks for the same comparison.
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    `/api/reports/comparison.csv?missions=${encodeURIComponent(ids)}&approvedOnly=1`,
  );
  expect(problems).toEqual([]);
});

function challengeName(id: string | undefined): string {
  const names: Record<string, string> = {
    resources: 'Resource limitations',
    political_will: 'Political will and commitment',
    coordination: 'Operational coordination',
    cultural_communication: 'Cultural and communication barriers',
    military_diplomatic_balance: 'Balancing military and diplomatic action',
    political_landscape: 'Complex political landscape',
    operational_environment: 'Operational limitations',
    impartiality: 'Impartiality and perceived bias',
    legal_ethical: 'Legal and ethical constraints',
    evolving_threats: 'Evolving and hybrid threats',
  };
  return names[id ?? ''] ?? 'unknown';
}

test('what cannot be compared is refused in words beside the control it concerns', async ({ page }) => {
  const missions = await demoMissions(page.request);
  const ids = idsOf(missions);

  // The server's refusal: these missions report quarterly, so a month cannot start the range.
  await page.goto(`/compare?missions=${ids}&from=2024-03`);
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription(/These missions report quarterly: write from like 2024Q1/);
  await expect(page.getByRole('alert').filter({ hasText: 'The comparison could not be built' })).toBeVisible();

  // The form's own check, with the schema the server uses: a range that runs backwards.
  await from.fill('2022Q4');
  await page.getByLabel('To', { exact: true }).fill('2021Q1');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(from).toHaveAccessibleDescription(/From is after to/);
  await expect(page).toHaveURL(/from=2024-03/);

  // Fewer than two missions.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await missionBox(page, 'MFO').check();
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Missions to compare' })).toHaveAccessibleDescription(
    /Choose at least 2 different missions to compare/,
  );
  await expect(page.getByText('Choose at least 2 different missions to compare')).toBeVisible();
});

test('the report prints to PDF with its title, parameters, sources and missions, and without the controls', async ({
  page,
}) => {
  const missions = await demoMissions(page.request);
  await page.goto(`/compare?missions=${idsOf(missions)}`);
  await expect(page.getByRole('table', { name: /Mission summary/ })).toBeVisible();
  // The button narrows the report to the paper's width, then opens the browser's print dialog.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number; print: () => void };
    w.printed = 0;
    w.print = () => void w.printed++;
  });
  await page.getByRole('button', { name: 'Print / Save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('html')).toHaveClass(/printing-report/);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeHidden();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-pdf-'));
  const pdf = path.join(dir, 'comparison.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  // Lines wrap where the page says, so phrases are looked for with the white space folded.
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  fs.rmSync(dir, { recursive: true, force: true });

  expect(text).toContain('Comparison report');
  for (const acronym of THREE) expect(text).toContain(acronym);
  expect(text).toMatch(/Approved data only/i);
  expect(text).toMatch(/Sundberg & Melander \(2013\); Davies, Pettersson & Öberg \(2023\); CC BY 4\.0/);
  expect(text).toMatch(/Illustrative demo data/);
  expect(text).toContain(`Methodology version ${METHODOLOGY_VERSION}`);
  expect(text).toContain('Association, not causation');
  // The numbers under the charts are printed, as tables.
  expect(text).toMatch(/KPI scores per mission, latest period \(score 0–100\)/);
  expect(text).toMatch(/within- and between-mission rank correlations and effectiveness gaps with 95 % intervals/);
  // And the briefing sentences.
  expect(text).toMatch(/was rated high or critical \(\d+ assessments?, \d missions?\)/);
  expect(text).toContain('This is an association, not proof of cause.');
  // No controls on paper.
  expect(text).not.toContain('Filter missions');
  expect(text).not.toContain('Freeze this report');
  expect(text).not.toContain('Export CSV');
});

test('a frozen report keeps its numbers, says when and by whom, and compares with the live ones', async ({ page }) => {
  const missions = await demoMissions(page.request);
  const title = `Quarterly review ${Date.now()}`;
  await page.goto(`/compare?missions=${idsOf(missions)}`);
  await expect(page.getByRole('table', { name: /Mission summary/ })).toBeVisible();

  await page.getByRole('button', { name: 'Freeze this report' }).click();
  const titleField = page.getByLabel('Title', { exact: true });
  await expect(titleField).toHaveValue(/^Comparison of UNTAC, MFO, MINUSCA/);
  await titleField.fill(title);
  await page.getByRole('button', { name: 'Freeze', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Frozen as “${title}”` })).toBeVisible();

  // It is listed on the Compare page.
  const list = page.getByRole('table', { name: /Frozen reports/ });
  await expect(list.getByRole('link', { name: title })).toBeVisible();

  await page.getByRole('link', { name: 'Open the frozen report' }).click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/Frozen on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC by /)).toBeVisible();
  await expect(
    page.getByRole('table', { name: /Mission summary/ }).getByRole('row', { name: /MINUSCA/ }),
  ).toBeVisible();

  // Nothing was edited since, so live and frozen agree.
  await page.getByRole('button', { name: 'Compare with live numbers' }).click();
  await expect(page.getByText('No mission’s latest or mean overall score has changed')).toBeVisible();
  const diff = page.getByRole('table', { name: /Frozen against live/ });
  const row = diff.getByRole('row', { name: /MINUSCA/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('0.0');
  await expect(row.getByRole('cell').nth(5)).toHaveText('0.0');
});

test('the Compare screen and a frozen report pass axe (WCAG 2.1 A and AA)', async ({ page }) => {
  const missions = await demoMissions(page.request);
  await page.goto('/compare');
  await expect(page.getByText('No comparison yet')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/compare?missions=${idsOf(missions)}`);
  await expect(page.getByRole('table', { name: /Mission summary/ })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const name of [
    /KPI scores per mission/,
    /Overall effectiveness/,
    /Challenge profiles/,
    /Mean challenge severity/,
  ]) {
    await page.getByRole('region', { name }).getByRole('button', { name: 'Table' }).click();
  }
  await expectNoAxeViolations(page);

  await page.goto(`/compare?missions=${missions[0].id}`);
  await expect(page.getByRole('group', { name: 'Missions to compare' })).toHaveAccessibleDescription(/at least 2/);
  await expectNoAxeViolations(page);

  const frozen = await page.request.post('/api/reports/frozen', {
    data: { title: `Axe check ${Date.now()}`, missions: missions.map((m) => m.id) },
  });
  expect(frozen.status()).toBe(201);
  const { id } = (await frozen.json()) as { id: number };
  await page.goto(`/reports/${id}`);
  await page.getByRole('button', { name: 'Compare with live numbers' }).click();
  await expect(page.getByRole('table', { name: /Frozen against live/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Back restores the form from the address even when the submitted comparison never rendered', async ({ page }) => {
  test.slow();
  const ids = idsOf(await demoMissions(page.request));
  await page.goto(`/compare?missions=${ids}`);
  await expect(page.getByRole('group', { name: 'Report actions' })).toBeVisible();
  // A slowed processor leaves the new address's render unfinished when Back arrives, as on a loaded machine.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.getByLabel('From', { exact: true }).fill('2020Q1');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`missions=${ids}&from=2020Q1$`));
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(new RegExp(`missions=${ids}$`));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
});
