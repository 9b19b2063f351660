import { expect, test, type Page } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { createMission, demoComparisonAddress, expectNoAxeViolations } from './support';

// Data tables: sorting, filtering and paging; their cards on a phone; no clipping at 1280 px;
// focus after the workflow dialogs; the phone's comparison passing axe.

async function demoMissionId(page: Page, acronym: string): Promise<number> {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const mission = missions.find((m) => m.acronym === acronym);
  expect(mission, acronym).toBeDefined();
  return mission!.id;
}

/** No horizontal scroll on the page: every action is reachable without sliding sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

test('a mission’s assessments sort by a column, filter by text, and keep both in the URL', async ({ page }) => {
  const id = await demoMissionId(page, 'MINUSCA');
  // Other tests may have added to the demo's 34 assessments.
  const periods = (
    (await (await page.request.get(`/api/missions/${id}/assessments`)).json()) as { period: string }[]
  ).map((assessment) => assessment.period);
  const of2019 = periods.filter((period) => period.startsWith('2019')).length;
  await page.goto(`/missions/${id}`);
  const table = page.getByRole('table', { name: 'Assessments' });
  await expect(table.getByRole('row')).toHaveCount(periods.length + 1);

  // Overall sorts best first, then worst first; aria-sort says which.
  const overall = table.getByRole('columnheader', { name: 'Overall' });
  await overall.getByRole('button', { name: 'Overall' }).click();
  await expect(overall).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/assessments-sort=-overall/);
  const scores = async () =>
    (await table.getByRole('row').allInnerTexts())
      .slice(1)
      .map((row) => Number(/\b(\d{1,3}\.\d)\b/.exec(row)?.[1] ?? Number.NaN));
  const descending = await scores();
  expect(descending.filter((n) => !Number.isNaN(n))).toEqual(
    [...descending.filter((n) => !Number.isNaN(n))].sort((a, b) => b - a),
  );
  await overall.getByRole('button', { name: 'Overall' }).click();
  await expect(overall).toHaveAttribute('aria-sort', 'ascending');
  const ascending = (await scores()).filter((n) => !Number.isNaN(n));
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  // The filter keeps the rows holding its words.
  await page.getByLabel('Filter assessments').fill('2019');
  await expect(table.getByRole('row')).toHaveCount(of2019 + 1);
  await expect(page.getByText(`Rows 1–${of2019} of ${of2019} (filtered from ${periods.length})`)).toBeVisible();
  await expect(page).toHaveURL(/assessments-filter=2019/);

  // A shared link opens the same view.
  await page.reload();
  await expect(page.getByLabel('Filter assessments')).toHaveValue('2019');
  await expect(table.getByRole('columnheader', { name: 'Overall' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row')).toHaveCount(of2019 + 1);
});

test('a table past fifty rows pages through them with Previous and Next', async ({ page }) => {
  test.slow();
  const mission = await createMission(page.request, { startDate: '2019-01-01', periodType: 'month' });
  for (let i = 0; i < 55; i += 1) {
    const period = `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const response = await page.request.post(`/api/missions/${mission.id}/assessments`, { data: { period } });
    expect(response.status(), await response.text()).toBe(201);
  }
  await page.goto(`/missions/${mission.id}`);
  const table = page.getByRole('table', { name: 'Assessments' });
  await expect(page.getByText('Rows 1–50 of 55')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(51);
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Rows 51–55 of 55')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  // Newest first: the last page holds the first months.
  await expect(table.getByRole('rowheader', { name: /Jan 2019|January 2019|2019-01/ })).toBeVisible();
  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByText('Rows 1–50 of 55')).toBeVisible();
});

test.describe('on a phone, 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the workflow actions show on each assessment’s card without scrolling sideways', async ({ page }) => {
    const id = await demoMissionId(page, 'MINUSCA');
    await page.goto(`/missions/${id}`);
    const table = page.getByRole('table', { name: 'Assessments' });
    const approve = table.getByRole('button', { name: 'Approve 2022 Q4' });
    await approve.scrollIntoViewIfNeeded();
    await expect(approve).toBeInViewport();
    await expect(table.getByRole('link', { name: /Open 2022 Q3/ })).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test('user roles and password resets, and the audit log’s changes, stay in reach', async ({ page }) => {
    await page.goto('/admin/users');
    const reset = page.getByRole('button', { name: 'Reset password of admin' });
    await reset.scrollIntoViewIfNeeded();
    await expect(reset).toBeInViewport();
    await expectNoSidewaysScroll(page);
    await page.goto('/admin/audit');
    const changes = page.getByRole('button', { name: /Show changes/ }).first();
    await changes.scrollIntoViewIfNeeded();
    await expect(changes).toBeInViewport();
    await expectNoSidewaysScroll(page);
  });

  test('the header is compact, its navigation behind a Menu button', async ({ page }) => {
    await page.goto('/');
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height).toBeLessThan(64);
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await nav.getByRole('link', { name: 'Reporting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reporting' })).toBeVisible();
    // Navigating folds the menu again.
    await expect(nav).toBeHidden();
    await expectNoSidewaysScroll(page);
  });

  test('the comparison passes axe, its heat map a focusable, named scroll region', async ({ page }) => {
    await page.goto(await demoComparisonAddress(page.request, ['UNTAC', 'MFO', 'MINUSCA']));
    await expect(page.getByRole('table', { name: /Mission summary/ })).toBeAttached();
    await expect(
      page.getByRole('region', { name: 'Mean challenge severity, mission by category (0 none – 4 critical)' }),
    ).toHaveAttribute('tabindex', '0');
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('at 1280 px in French', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const path of ['/?lang=fr', '/?lang=fr&unapproved=1', '/reporting?lang=fr', '/admin/users?lang=fr']) {
    test(`no data table is clipped on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('table').first()).toBeVisible();
      // Every table fits its box; the heat map's periods alone scroll, by design.
      const clipped = await page.evaluate(() =>
        [...document.querySelectorAll('table:not(.heat-map)')]
          .filter((table) => {
            const box = table.closest('.table-scroll') ?? table.parentElement!;
            return box.scrollWidth > box.clientWidth + 1;
          })
          .map((table) => table.querySelector('caption')?.textContent ?? '?'),
      );
      expect(clipped).toEqual([]);
      // The header keeps to its two rows.
      const header = await page.getByRole('banner').boundingBox();
      expect(header?.height).toBeLessThan(100);
    });
  }
});

test('closing the approve or send-back dialog puts focus back on the row’s button', async ({ page }) => {
  const id = await demoMissionId(page, 'MINUSCA');
  await page.goto(`/missions/${id}`);
  const table = page.getByRole('table', { name: 'Assessments' });
  const approve = table.getByRole('button', { name: 'Approve 2022 Q4' });
  await approve.click();
  const dialog = page.getByRole('dialog', { name: /Approve 2022 Q4/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(approve).toBeFocused();

  const sendBack = table.getByRole('button', { name: 'Send back to draft 2022 Q3' });
  await sendBack.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(sendBack).toBeFocused();
});
