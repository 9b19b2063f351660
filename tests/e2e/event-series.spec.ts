import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';

// MINUSCA's violence chart reaches back before the mission with UCDP's series, and shows UCDP's
// low / best / high estimates of the conflict fatalities (the demo seeds them from the bundled
// GED 23.1 extract).

const CHART = 'Reduction in violent incidents: indicator values by period';

async function openMinusca(page: Page) {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
  await page.goto(`/missions/${minusca?.id}`);
  return page.getByRole('region', { name: CHART });
}

test("MINUSCA's violence table lists the periods before the mission and UCDP's low, best and high", async ({
  page,
}) => {
  // 136 quarters of three charts: a loaded machine takes its time to draw them.
  test.slow();
  const chart = await openMinusca(page);
  await expect(chart.getByText(/Mission start/).first()).toBeVisible({ timeout: 15_000 });
  await chart.getByRole('button', { name: 'Table' }).click();
  const table = chart.getByRole('table', { name: CHART });
  await expect(table).toBeVisible({ timeout: 15_000 });
  for (const estimate of ['low', 'best', 'high']) {
    await expect(table.getByRole('columnheader', { name: `Conflict fatalities (count): ${estimate}` })).toBeVisible();
  }
  // MINUSCA started in 2014 Q2: the table opens on the newest periods, the mission's start among them.
  const before = table.getByRole('row', { name: /^2014 Q1 \(before mission\)/ });
  await expect(before).toBeVisible();
  await expect(table.getByRole('rowheader', { name: /^2014 Q3/ })).not.toContainText('before mission');
  await expect(table.getByText("UCDP's own low, best and high estimates", { exact: false })).toHaveCount(0);
  await expect(chart.getByText(/UCDP’s own low, best and high estimates/)).toBeVisible();
  // Each row's low is at most its best, and its high at least it, where UCDP's estimates agree.
  const texts = await before.getByRole('cell').allInnerTexts();
  // Violent incidents, low, best and high fatalities, then MINUSCA's own checkpoints indicator,
  // not measured before the mission: missing, not zero.
  expect(texts).toHaveLength(5);
  expect(texts[4]).toBe('—');
  const cells = texts.slice(0, 4).map((text) => Number(text.replace(/\D/g, '')));
  expect(cells[1]).toBeLessThanOrEqual(cells[2]);
  expect(cells[3]).toBeGreaterThanOrEqual(cells[2]);
  // GED 23.1 covers 1989 on: oldest first, its first quarter leads.
  await table.getByRole('button', { name: 'Period' }).click();
  await expect(table.getByRole('rowheader', { name: '1989 Q1 (before mission)' })).toBeVisible();
});

test('screenshots of the violence chart at 1280 and 390 px', async ({ page }) => {
  test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');
  test.slow();
  fs.mkdirSync('/tmp/cpea-shots', { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const chart = await openMinusca(page);
    await expect(chart.getByText(/Mission start/).first()).toBeVisible({ timeout: 15_000 });
    await page.waitForTimeout(300);
    await chart.screenshot({ path: `/tmp/cpea-shots/event-series-chart-${width}.png` });
    await chart.getByRole('button', { name: 'Table' }).click();
    await chart.screenshot({ path: `/tmp/cpea-shots/event-series-table-${width}.png` });
    // The table's head and the mission's first periods, as a reader sees them on screen.
    await chart.getByRole('button', { name: 'Table' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/cpea-shots/event-series-table-top-${width}.png` });
    await chart.getByRole('rowheader', { name: /^2014 Q2/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/cpea-shots/event-series-table-start-${width}.png` });
  }
});
