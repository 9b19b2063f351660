import { expect, test, type Route } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { createMission } from './support';

// Over a field link each round trip costs more than half a second: the first screen's data is
// asked for beside the session check, not after it. Holding the session check's answer proves it.
test('the mission page asks for its data while the session check is still unanswered', async ({ page, request }) => {
  const mission = await createMission(request);
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/auth/me', async (route: Route) => {
    await held;
    await route.continue();
  });

  const asked = page.waitForRequest((req) => new URL(req.url()).pathname === `/api/missions/${mission.id}/view`);
  await page.goto(`/missions/${mission.id}`, { waitUntil: 'commit' });
  await asked;
  release();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(mission.name) })).toBeVisible();
});

test('the overview asks for the portfolio while the session check is still unanswered', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/auth/me', async (route: Route) => {
    await held;
    await route.continue();
  });
  const asked = page.waitForRequest((req) => new URL(req.url()).pathname === '/api/missions');
  await page.goto('/', { waitUntil: 'commit' });
  await asked;
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();
});

// Each request is a round trip of more than half a second over a field link: the session check,
// the header's count of my work, and the mission page's view carrying everything its first
// screen shows, the change-since-start models under the charts included.
test("MINUSCA's page asks the API three times until its charts and models are shown", async ({ page }) => {
  test.slow();
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
  const asked: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) asked.push(`${url.pathname}${url.search}`);
  });
  await page.goto(`/missions/${minusca?.id}`);
  await expect(page.getByRole('main').getByRole('img').first()).toBeVisible({ timeout: 15_000 });
  const model = page.getByRole('region', { name: 'Change since the mission began: Violent incidents' });
  await expect(model.getByRole('term').filter({ hasText: 'Level change at 2014 Q2 (rate ratio)' })).toBeVisible({
    timeout: 15_000,
  });
  expect(asked.sort()).toEqual(['/api/auth/me', `/api/missions/${minusca?.id}/view`, '/api/my-work']);
});
