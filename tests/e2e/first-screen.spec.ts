import { expect, test, type Route } from '@playwright/test';
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

  const asked = ['', '/scores', '/assessments', '/targets'].map((path) =>
    page.waitForRequest((req) => new URL(req.url()).pathname === `/api/missions/${mission.id}${path}`),
  );
  await page.goto(`/missions/${mission.id}`, { waitUntil: 'commit' });
  await Promise.all(asked);
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
