import { expect, test, type Page } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import { createMission, setIncidentsBaseline } from './support';

const TREND_TABLE = /Overall and KPI scores over time/;

async function openTrendTable(page: Page) {
  await page.getByRole('region', { name: TREND_TABLE }).getByRole('button', { name: 'Table' }).click();
  return page.getByRole('table', { name: TREND_TABLE });
}

test('a mission created through the form takes an assessment that shows in its chart table', async ({ page }) => {
  const name = `Lake Region Stabilisation Mission ${Date.now()}`;
  await page.goto('/');
  await page.getByRole('link', { name: 'New mission' }).click();
  await expect(page).toHaveTitle(/New mission/);

  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Acronym').fill('LRSM');
  await page.getByLabel('Country').fill('cod');
  await page.getByLabel('Areas').fill('Ituri, North Kivu');
  await page.getByLabel('Mission type').selectOption({ label: 'Conflict prevention' });
  await page.getByLabel('Lead organisation').selectOption('AU');
  await page.getByLabel('Partners').fill('UNDP, EU');
  await page.getByLabel('Setting').selectOption({ label: 'Rural' });
  await page.getByLabel('Multi-ethnic context').check();
  await page.getByLabel('Start date').fill('2023-07-01');
  await page.getByLabel('Quarterly (2024Q1)').check();
  await page.getByLabel('Mandate', { exact: true }).fill('Support local mediation and the protection of civilians.');
  await page.getByRole('button', { name: 'Create mission' }).click();

  await expect(page.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible();
  await expect(page.getByText(/\(COD\) — Ituri, North Kivu$/)).toBeVisible();
  await page.getByRole('link', { name: 'Add assessment' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /New assessment/ })).toBeVisible();
  await page.getByLabel('Period', { exact: true }).selectOption({ label: '2024 Q1' });
  await page.getByLabel('Violent incidents').fill('37');
  await page.getByLabel('Conflict fatalities').fill('80');
  await page.getByLabel('Disputes recorded').fill('10');
  await page.getByLabel('Disputes resolved').fill('6');
  await expect(page.getByLabel('Dispute resolution rate')).toHaveValue('60 %');
  await page.getByLabel('Local personnel trained').fill('120');
  await page.getByLabel('Operations led by local forces').fill('60');
  await page.getByLabel('Capability rating').fill('3');
  await page.getByLabel('Civilian casualties').fill('12');
  await page.getByLabel('Threats to civilians answered').fill('45');
  await page.getByLabel('Resource limitations', { exact: true }).selectOption({ label: '3 High' });
  await page.getByLabel('Note on resource limitations').fill('Two helicopters grounded all quarter.');
  await page.getByLabel('Achievements').fill('Three local peace committees settled land disputes.');

  // The preview scores as the server will: a new mission has no baselines, so its counts are not
  // scored; rate 60 % of 80 → 75, local capacity (80 + 66.7) / 2, protection threats alone 50;
  // overall (75 + 73.3 + 50) / 3 = 66.1.
  const preview = page.getByRole('region', { name: 'Score preview' });
  await expect(preview.getByText('66.1')).toBeVisible();
  await expect(preview.getByText('3/4 KPIs', { exact: true })).toBeVisible();
  await expect(page.getByText('No baseline set: not scored').first()).toBeVisible();

  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page).toHaveURL(/\/missions\/\d+$/);

  const table = await openTrendTable(page);
  const row = table.getByRole('row', { name: /2024 Q1/ });
  await expect(row.getByRole('cell')).toHaveText(['66.1', '—', '75.0', '73.3', '50.0']);

  const assessments = page.getByRole('table', { name: 'Assessments' });
  const assessed = assessments.getByRole('row', { name: /2024 Q1/ });
  await expect(assessed).toContainText('66.1');
  await expect(assessed).toContainText('Partially on track');
  await expect(assessed).toContainText('3/4 KPIs');
  await expect(assessed).toContainText('Draft');

  // Editing sends the version it read; the new value rescores the period.
  await assessed.getByRole('link', { name: 'Edit 2024 Q1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /2024 Q1 assessment/ })).toBeVisible();
  await expect(page.getByLabel('Violent incidents')).toHaveValue('37');
  await page.getByLabel('Threats to civilians answered').fill('90');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\/missions\/\d+$/);
  const updated = await openTrendTable(page);
  await expect(
    updated
      .getByRole('row', { name: /2024 Q1/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('82.8');
});

test('negative counts and more disputes resolved than recorded are refused in words beside each field', async ({
  page,
}) => {
  const mission = await createMission(page.request);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/assessments')) posts.push(request.url());
  });

  await page.goto(`/missions/${mission.id}/assessments/new`);
  await page.getByLabel('Period', { exact: true }).selectOption('2024Q2');
  await page.getByLabel('Violent incidents').fill('-3');
  await page.getByLabel('Disputes recorded').fill('5');
  await page.getByLabel('Disputes resolved').fill('8');
  await page.getByLabel('Threats to civilians answered').fill('140');
  await page.getByRole('button', { name: 'Save assessment' }).click();

  const incidents = page.getByLabel('Violent incidents');
  await expect(incidents).toHaveAttribute('aria-invalid', 'true');
  await expect(incidents).toHaveAccessibleDescription(/Violent incidents cannot be negative/);
  await expect(incidents).toBeFocused();

  const resolved = page.getByLabel('Disputes resolved');
  await expect(resolved).toHaveAttribute('aria-invalid', 'true');
  await expect(resolved).toHaveAccessibleDescription(/Disputes resolved \(8\) cannot exceed disputes recorded \(5\)/);

  const threats = page.getByLabel('Threats to civilians answered');
  await expect(threats).toHaveAccessibleDescription(/cannot exceed 100 %/);

  // The words are on screen next to the field, not only in the accessibility tree.
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Disputes resolved (8) cannot exceed disputes recorded (5)' }),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '3 fields need attention' })).toBeVisible();
  await expect(page).toHaveURL(/\/assessments\/new$/);
  expect(posts).toEqual([]);

  const saved = await page.request.get(`/api/missions/${mission.id}/assessments`);
  expect((await saved.json()) as Assessment[]).toEqual([]);

  // Fixing the values clears the errors as you type.
  await resolved.fill('4');
  await expect(resolved).not.toHaveAttribute('aria-invalid', 'true');
});

test('the period is chosen among those due: newest first, the one after the latest entered offered first', async ({
  page,
}) => {
  const mission = await createMission(page.request, { startDate: '2023-01-01' });
  for (const period of ['2023Q1', '2023Q3']) {
    const res = await page.request.post(`/api/missions/${mission.id}/assessments`, { data: { period } });
    expect(res.status()).toBe(201);
  }
  await page.goto(`/missions/${mission.id}/assessments/new`);
  const period = page.getByLabel('Period', { exact: true });
  await expect(period).toHaveAccessibleDescription(/without an assessment, newest first/);
  // The earliest gap after the latest entered period is the default.
  await expect(period).toHaveValue('2023Q4');
  const options = await period
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => [(node as HTMLOptionElement).value, node.textContent]));
  // Newest first, ending with the gap left between the two entered quarters; entered ones are not offered.
  expect(options.at(-1)).toEqual(['2023Q2', '2023 Q2']);
  expect(options.at(-2)).toEqual(['2023Q4', '2023 Q4']);
  expect(options.map(([value]) => value)).not.toContain('2023Q1');
  expect(options.map(([value]) => value)).not.toContain('2023Q3');
  const now = new Date();
  const current = `${now.getUTCFullYear()}Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
  expect(options[0]?.[0]).toBe(current);

  await page.getByLabel('Violent incidents').fill('4');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  const saved = (await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as Assessment[];
  expect(saved.map((a) => a.period)).toEqual(['2023Q1', '2023Q3', '2023Q4']);

  // In French the periods read as on every other screen; editing keeps the period, read-only.
  await page.goto(`/missions/${mission.id}/assessments/new?lang=fr`);
  await expect(page.getByLabel('Période', { exact: true })).toHaveValue('2024Q1');
  await expect(page.getByLabel('Période', { exact: true }).locator('option:checked')).toHaveText('T1 2024');
  await page.goto(`/assessments/${saved[2]?.id}/edit?lang=fr`);
  await expect(page.getByRole('strong').filter({ hasText: 'T4 2023' })).toBeVisible();
  await expect(page.getByLabel('Période', { exact: true })).toHaveCount(0);
});

test('a period someone else enters meanwhile is refused by the server next to the Period field', async ({ page }) => {
  const mission = await createMission(page.request);
  await page.goto(`/missions/${mission.id}/assessments/new`);
  const chosen = await page.getByLabel('Period', { exact: true }).inputValue();
  // Someone else enters the same period while the form is open.
  const theirs = await page.request.post(`/api/missions/${mission.id}/assessments`, { data: { period: chosen } });
  expect(theirs.status()).toBe(201);
  await page.getByRole('button', { name: 'Save assessment' }).click();

  const period = page.getByLabel('Period', { exact: true });
  await expect(period).toHaveAttribute('aria-invalid', 'true');
  await expect(period).toHaveAccessibleDescription(/already assessed/);
  await expect(page.getByRole('link', { name: /^Edit the .* assessment$/ })).toBeVisible();
});

test('saving over someone else’s newer version is refused in words, with a way to load theirs', async ({ page }) => {
  const mission = await createMission(page.request);
  const created = await page.request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q3', values: { violent_incidents: 12 } },
  });
  const assessment = (await created.json()) as Assessment;

  await page.goto(`/assessments/${assessment.id}/edit`);
  await expect(page.getByLabel('Violent incidents')).toHaveValue('12');

  // Someone else saves first.
  const theirs = await page.request.patch(`/api/assessments/${assessment.id}`, {
    data: { version: assessment.version, values: { violent_incidents: 15 } },
  });
  expect(theirs.status()).toBe(200);

  await page.getByLabel('Violent incidents').fill('9');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Someone else saved this assessment first/ })).toBeVisible();
  await expect(page).toHaveURL(/\/edit$/);

  await page.getByRole('button', { name: /Load the latest version/ }).click();
  await expect(page.getByLabel('Violent incidents')).toHaveValue('15');
  await page.getByLabel('Violent incidents').fill('9');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
});

test('workflow steps send the version, explain a 409 in words, and sending back needs a comment', async ({ page }) => {
  const mission = await createMission(page.request);
  await setIncidentsBaseline(page.request, mission.id, 20);
  const created = await page.request.post(`/api/missions/${mission.id}/assessments`, {
    data: { period: '2024Q1', values: { violent_incidents: 10 } },
  });
  const assessment = (await created.json()) as Assessment;
  await page.goto(`/missions/${mission.id}`);
  const row = page.getByRole('table', { name: 'Assessments' }).getByRole('row', { name: /2024 Q1/ });
  await expect(row).toContainText('Draft');
  // Only one KPI is measured: the data-quality badge says so in words beside the score.
  await expect(row).toContainText('Incomplete');
  await expect(row).toContainText('Built on 1 of 4 KPIs; not scored: Disputes successfully resolved');

  // Someone else saves after the page loaded: the page still holds version 1.
  const theirs = await page.request.patch(`/api/assessments/${assessment.id}`, {
    data: { version: assessment.version, values: { violent_incidents: 11 } },
  });
  expect(theirs.status()).toBe(200);
  await row.getByRole('button', { name: 'Submit 2024 Q1' }).click();
  await expect(row.getByRole('alert')).toContainText('Not submitted: Someone else saved this assessment first');
  await row.getByRole('button', { name: 'Reload assessments' }).click();
  await expect(row.getByRole('alert')).toHaveCount(0);
  await row.getByRole('button', { name: 'Submit 2024 Q1' }).click();
  await expect(row).toContainText('Submitted');

  await row.getByRole('button', { name: 'Approve 2024 Q1' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve 2024 Q1' });
  await approve.getByLabel('Comment').fill('Checked against the sector reports.');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve).toBeHidden();
  await expect(row).toContainText('Approved');
  await expect(row.getByRole('button', { name: 'Submit 2024 Q1' })).toHaveCount(0);

  await row.getByRole('button', { name: 'Send back to draft 2024 Q1' }).click();
  const reopen = page.getByRole('dialog', { name: 'Send 2024 Q1 back to draft' });
  await reopen.getByRole('button', { name: 'Send back to draft' }).click();
  await expect(reopen.getByLabel('Comment')).toHaveAttribute('aria-invalid', 'true');
  await expect(reopen.getByLabel('Comment')).toHaveAccessibleDescription('Say why it goes back to draft');
  await reopen.getByLabel('Comment').fill('Fatalities double-counted; see the recount.');
  await reopen.getByRole('button', { name: 'Send back to draft' }).click();
  await expect(reopen).toBeHidden();
  await expect(row).toContainText('Draft');

  const audit = (await (await page.request.get(`/api/audit?entity=assessment&id=${assessment.id}`)).json()) as {
    action: string;
    after: { comment?: string };
  }[];
  expect(audit.find((entry) => entry.action === 'reopen')?.after.comment).toBe(
    'Fatalities double-counted; see the recount.',
  );
  expect(audit.find((entry) => entry.action === 'approve')?.after.comment).toBe('Checked against the sector reports.');
});
