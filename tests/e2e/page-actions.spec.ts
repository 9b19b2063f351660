import { expect, test, type Locator } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';

// A page's actions wrap together, the CSV downloads with the others: on a phone every line of
// them ends at the same right edge, rather than some lines starting at the left.

/** The right edge of the last action on each line the actions take. */
async function lineEnds(actions: Locator[]): Promise<number[]> {
  const lines = new Map<number, number>();
  for (const action of actions) {
    const box = (await action.boundingBox())!;
    // Actions of one line share their middle: the line centres them.
    const middle = Math.round(box.y + box.height / 2);
    lines.set(middle, Math.max(lines.get(middle) ?? 0, Math.round(box.x + box.width)));
  }
  return [...lines.values()];
}

for (const width of [375, 1280]) {
  test(`the mission page's actions line up at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
    await page.goto(`/missions/${missions.find((m) => m.acronym === 'MINUSCA')!.id}`);
    const actions = [
      page.getByRole('link', { name: 'Factsheet (one page)' }),
      page.getByRole('link', { name: /Download CSV \(wide\)/ }),
      page.getByRole('link', { name: /Download CSV \(long\)/ }),
      page.getByRole('link', { name: 'Edit mission' }),
    ];
    for (const action of actions) await expect(action).toBeVisible();
    const ends = await lineEnds(actions);
    expect(ends.length).toBe(width === 375 ? 3 : 1);
    expect(new Set(ends).size, `line ends ${ends.join(', ')}`).toBe(1);
  });
}
