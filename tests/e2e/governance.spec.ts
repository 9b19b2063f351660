import { expect, test } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import type { Mission } from '@cpea/shared/mission';
import type { MissionSummary } from '@cpea/shared/portfolio';
import type { MissionScores } from '@cpea/shared/scoring';
import { createMission, expectNoAxeViolations } from './support';

// Published numbers stay put: drafts are deleted from the screen, missions are edited, ended
// and archived from it, and the mission's headline is its latest approved, published score.

test('a draft is deleted after a confirmation dialog; submitted ones offer no delete', async ({ page }) => {
  const mission = await createMission(page.request, { startDate: '2023-01-01' });
  const add = async (period: string) =>
    (await (
      await page.request.post(`/api/missions/${mission.id}/assessments`, { data: { period } })
    ).json()) as Assessment;
  const draft = await add('2024Q1');
  const submitted = await add('2024Q2');
  expect(
    (
      await page.request.post(`/api/assessments/${submitted.id}/submit`, { data: { version: submitted.version } })
    ).status(),
  ).toBe(200);

  await page.goto(`/missions/${mission.id}`);
  const table = page.getByRole('table', { name: /assessments/i });
  await expect(table.getByRole('row', { name: /2024 Q2/ }).getByRole('button', { name: /Delete draft/ })).toHaveCount(
    0,
  );
  const remove = table.getByRole('button', { name: 'Delete draft 2024 Q1' });

  // Keeping it closes the dialog and gives focus back to the button.
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Delete the 2024 Q1 draft?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/removed for good; the audit trail keeps a record/);
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();

  // Escape is Keep it too.
  await remove.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();

  await remove.click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  const done = page.getByRole('status').filter({ hasText: 'The 2024 Q1 draft was deleted.' });
  await expect(done).toBeFocused();
  await expect(table.getByRole('row', { name: /2024 Q1/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /2024 Q2/ })).toBeVisible();

  const left = (await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as Assessment[];
  expect(left.map((a) => a.period)).toEqual(['2024Q2']);
  expect((await page.request.get(`/api/assessments/${draft.id}`)).status()).toBe(404);

  // From the edit page too, back to the mission.
  const another = await add('2024Q3');
  await page.goto(`/assessments/${another.id}/edit`);
  await page.getByRole('button', { name: 'Delete draft 2024 Q3' }).click();
  await page
    .getByRole('dialog', { name: 'Delete the 2024 Q3 draft?' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  await expect(page.getByRole('table', { name: /assessments/i }).getByRole('row', { name: /2024 Q3/ })).toHaveCount(0);
});

test('an admin edits a mission, ends it and archives it from the mission page', async ({ page }) => {
  const mission = await createMission(page.request, { startDate: '2023-01-01' });
  expect(
    (await page.request.post(`/api/missions/${mission.id}/assessments`, { data: { period: '2024Q3' } })).status(),
  ).toBe(201);

  await page.goto(`/missions/${mission.id}`);
  await page.getByRole('link', { name: 'Edit mission' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Edit mission/ })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(mission.name);
  await page.getByLabel('Name', { exact: true }).fill(`${mission.name} (renamed)`);
  await page.getByLabel('Mandate', { exact: true }).fill('Protect civilians in the north.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: /\(renamed\)/ })).toBeVisible();

  // Ending it before an assessment already entered is refused in words.
  await page.getByRole('link', { name: 'Edit mission' }).click();
  const lastDay = page.getByLabel('Last day of the mission');
  await lastDay.fill('2024-06-30');
  await page.getByRole('button', { name: 'End mission' }).click();
  await expect(page.getByRole('alert')).toContainText(/outside the new dates/);
  await expect(lastDay).toHaveAccessibleDescription(/2024 Q3/);
  await lastDay.fill('2024-09-30');
  await page.getByRole('button', { name: 'End mission' }).click();
  await expect(page.getByRole('status').filter({ hasText: /The mission ends on 30 Sept? 2024\./ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /Ended on 30 Sept? 2024/ })).toBeVisible();
  let stored = (await (await page.request.get(`/api/missions/${mission.id}`)).json()) as Mission;
  expect(stored.endDate).toBe('2024-09-30');
  expect(stored.mandate).toBe('Protect civilians in the north.');

  await page.getByRole('button', { name: 'Archive mission' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The mission is archived.' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'This mission is archived' })).toBeVisible();
  await expectNoAxeViolations(page);
  const listed = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  expect(listed.map((m) => m.id)).not.toContain(mission.id);
  await page.goto(`/missions/${mission.id}`);
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add assessment' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Edit mission' }).click();
  await page.getByRole('button', { name: 'Restore mission' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The mission is restored.' })).toBeVisible();
  stored = (await (await page.request.get(`/api/missions/${mission.id}`)).json()) as Mission;
  expect(stored.archived).toBe(false);
});

test('saving a mission someone else changed meanwhile is refused in words, with a way to load theirs', async ({
  page,
}) => {
  const mission = await createMission(page.request, { mandate: 'As created' });
  await page.goto(`/missions/${mission.id}/edit`);
  await expect(page.getByLabel('Mandate', { exact: true })).toHaveValue('As created');

  // Another admin saves first.
  const theirs = await page.request.patch(`/api/missions/${mission.id}`, {
    data: { version: mission.version, mandate: 'Their mandate' },
  });
  expect(theirs.status()).toBe(200);

  await page.getByLabel('Name', { exact: true }).fill(`${mission.name} (mine)`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: /Someone else saved this mission first/ });
  await expect(refusal).toBeVisible();
  await expect(page).toHaveURL(/\/edit$/);
  let stored = (await (await page.request.get(`/api/missions/${mission.id}`)).json()) as Mission;
  expect(stored).toMatchObject({ name: mission.name, mandate: 'Their mandate', version: 2 });

  await refusal.getByRole('button', { name: /Load the latest version/ }).click();
  await expect(page.getByLabel('Mandate', { exact: true })).toHaveValue('Their mandate');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(mission.name);
  await page.getByLabel('Name', { exact: true }).fill(`${mission.name} (mine)`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${mission.id}$`));
  stored = (await (await page.request.get(`/api/missions/${mission.id}`)).json()) as Mission;
  expect(stored).toMatchObject({ name: `${mission.name} (mine)`, mandate: 'Their mandate', version: 3 });
});

test('ending a mission someone else changed meanwhile is refused in French too, with a way to load theirs', async ({
  page,
}) => {
  const mission = await createMission(page.request);
  await page.goto(`/missions/${mission.id}/edit?lang=fr`);
  await expect(page.getByLabel('Mandat', { exact: true })).toHaveValue('');
  const theirs = await page.request.patch(`/api/missions/${mission.id}`, {
    data: { version: mission.version, mandate: 'Leur mandat' },
  });
  expect(theirs.status()).toBe(200);

  await page.getByLabel('Dernier jour de la mission').fill('2025-06-30');
  await page.getByRole('button', { name: 'Terminer la mission' }).click();
  const refusal = page
    .getByRole('alert')
    .filter({ hasText: 'Quelqu’un d’autre a enregistré cette mission avant vous (version 2)' });
  await expect(refusal).toBeVisible();
  expect(((await (await page.request.get(`/api/missions/${mission.id}`)).json()) as Mission).endDate).toBeNull();

  await refusal.getByRole('button', { name: 'Charger la dernière version (abandonne vos modifications)' }).click();
  await expect(refusal).toHaveCount(0);
  await expect(page.getByLabel('Mandat', { exact: true })).toHaveValue('Leur mandat');
  await page.getByRole('button', { name: 'Terminer la mission' }).click();
  await expect(page.getByRole('status').filter({ hasText: /La mission se termine le 30 juin 2025\./ })).toBeVisible();
});

test('the mission headline is the latest approved period’s published score, and says so', async ({ page }) => {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((m) => m.acronym === 'MINUSCA') as MissionSummary;
  const scores = (await (await page.request.get(`/api/missions/${minusca.id}/scores`)).json()) as MissionScores;
  // The demo's last MINUSCA quarter is submitted, not approved: the headline skips it.
  expect(scores.periods.at(-1)?.status).toBe('submitted');
  const approved = scores.periods.filter((p) => p.status === 'approved').at(-1);
  expect(approved?.scoreBasis).toBe('published');

  await page.goto(`/missions/${minusca.id}`);
  const headline = page.locator('.headline');
  await expect(headline).toContainText(`Latest approved period: 2022 Q3`);
  await expect(headline).toContainText('Approved');
  await expect(headline).toContainText(`Published score ${approved?.overall?.toFixed(1)}`);
  await expect(headline).not.toContainText('2022 Q4');

  // Nothing approved: it says so rather than showing a draft's live score.
  const fresh = await createMission(page.request);
  await page.request.post(`/api/missions/${fresh.id}/assessments`, {
    data: { period: '2024Q1', values: { threat_response_pct: 50 } },
  });
  await page.goto(`/missions/${fresh.id}`);
  await expect(page.getByText(`No approved assessment yet: no score is published for ${fresh.acronym}.`)).toBeVisible();

  // Not reported on the overview: UNTAC ended in 1993, so it is never late; MINUSCA runs on.
  await page.goto('/');
  const late = page.getByRole('region', { name: 'Not reported for the latest period' });
  await expect(late.getByRole('link', { name: 'MINUSCA' })).toBeVisible();
  await expect(late.getByRole('link', { name: 'UNTAC' })).toHaveCount(0);
});

test('the comparison labels every draft and submitted point, and an approved-only one with none points to the switch', async ({
  page,
}) => {
  const a = await createMission(page.request, { startDate: '2023-01-01' });
  const b = await createMission(page.request, { startDate: '2023-01-01' });
  for (const [mission, period, threat] of [
    [a, '2024Q1', 72],
    [a, '2024Q2', 54],
    [b, '2024Q1', 63],
  ] as const) {
    const res = await page.request.post(`/api/missions/${mission.id}/assessments`, {
      data: { period, values: { threat_response_pct: threat } },
    });
    expect(res.status()).toBe(201);
  }
  const submitted = (await (await page.request.get(`/api/missions/${b.id}/assessments`)).json()) as Assessment[];
  await page.request.post(`/api/assessments/${submitted[0]?.id}/submit`, { data: { version: submitted[0]?.version } });

  // Approved only (the default): nothing approved, but drafts exist.
  await page.goto(`/compare?missions=${a.id},${b.id}&from=2024Q1&to=2024Q2`);
  await expect(
    page.getByText('None of these missions has an approved assessment between these periods.'),
  ).toBeVisible();
  await expect(
    page.getByText(/3 draft or submitted assessments are left out: untick “Approved data only”/),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Go to “Approved data only”' }).click();
  await expect(page.getByLabel('Approved data only')).toBeFocused();

  await page.goto(`/compare?missions=${a.id},${b.id}&from=2024Q1&to=2024Q2&approvedOnly=0`);
  const chart = page.getByRole('region', { name: /Overall effectiveness over time/ });
  // On the chart, unapproved points are hollow and the note says so.
  await expect(chart.getByText(/Hollow points are draft or submitted assessments/)).toBeVisible();
  await expect(chart.locator('circle[data-status="draft"]')).toHaveCount(2);
  await expect(chart.locator('circle[data-status="submitted"]')).toHaveCount(1);
  await expect(chart.locator('circle[data-status="draft"]').first()).toHaveAttribute('fill', '#ffffff');
  await chart.getByRole('button', { name: 'Table' }).click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('columnheader', { name: `${a.acronym} status` })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: `${b.acronym} status` })).toBeVisible();
  const q1 = table.getByRole('row', { name: /2024 Q1/ });
  await expect(q1.getByRole('cell')).toHaveText(['80.0', 'Draft', '70.0', 'Submitted']);
  const q2 = table.getByRole('row', { name: /2024 Q2/ });
  await expect(q2.getByRole('cell')).toHaveText(['60.0', 'Draft', '—', '—']);
});
