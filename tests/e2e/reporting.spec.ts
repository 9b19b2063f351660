import { expect, test } from '@playwright/test';
import { lateFrom, reportingPeriods } from '@cpea/shared/reporting';
import { formatPeriod } from '@cpea/shared/periods';
import { createMission, expectNoAxeViolations } from './support';

test('the reporting grid says what each mission has reported, and My work lists what was sent back with the reason', async ({
  page,
}) => {
  const today = new Date().toISOString().slice(0, 10);
  const periods = reportingPeriods('quarter', today);
  // The quarter before today's is due for 30 days after it ends, then late.
  const lastQuarter = today >= lateFrom(periods[6], 30) ? 'Late' : 'Due';
  const mission = await createMission(page.request, { startDate: '2015-01-01' });
  const created = await page.request.post(`/api/missions/${mission.id}/assessments`, { data: { period: periods[5] } });
  const { id } = (await created.json()) as { id: number };
  expect((await page.request.post(`/api/assessments/${id}/submit`, { data: { version: 1 } })).status()).toBe(200);
  const reason = 'The casualty count does not match the sector reports';
  const reopened = await page.request.post(`/api/assessments/${id}/reopen`, { data: { version: 2, comment: reason } });
  expect(reopened.status()).toBe(200);

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reporting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reporting' })).toBeVisible();
  await expect(page.getByText(/late 30 days after/)).toBeVisible();
  const grid = page.getByRole('table', { name: 'Quarterly missions, last 8 quarters' });
  await expect(grid.getByRole('columnheader', { name: formatPeriod(periods[7]) })).toBeVisible();
  const row = grid.getByRole('row', { name: new RegExp(`^${mission.acronym}\\b`) });
  // Nothing entered two years back: late; the sent-back draft says so; today's quarter is not due.
  await expect(row.getByRole('cell')).toHaveText([
    'Late',
    'Late',
    'Late',
    'Late',
    'Late',
    'Sent back',
    lastQuarter,
    'Not due',
  ]);
  await expectNoAxeViolations(page);

  // The header counts what waits; My work names it, with the admin's reason.
  const myWork = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^My work, \d+ waiting$/ });
  await myWork.click();
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  const sentBack = page.getByRole('region', { name: /^Sent back to me/ });
  await expect(sentBack.getByRole('link', { name: `${mission.acronym} ${formatPeriod(periods[5])}` })).toHaveAttribute(
    'href',
    `/assessments/${id}/edit`,
  );
  const sentBackRow = sentBack.getByRole('row', {
    name: new RegExp(`^${mission.acronym} ${formatPeriod(periods[5])}`),
  });
  await expect(sentBackRow.getByRole('cell').last()).toContainText(reason);
  await expect(sentBack.getByRole('columnheader', { name: /^Reason given/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Awaiting my approval/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
