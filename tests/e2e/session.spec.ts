import { expect, test } from '@playwright/test';
import type { Assessment } from '@cpea/shared/assessment';
import { E2E_ADMIN_PASSWORD, createMission, expectNoAxeViolations } from './support';

test('a session that ends mid-form asks to sign in again and keeps what was typed', async ({ page }) => {
  const mission = await createMission(page.request);
  await page.goto(`/missions/${mission.id}/assessments/new`);
  await page.getByLabel('Period', { exact: true }).selectOption('2024Q1');
  await page.getByLabel('Violent incidents').fill('12');
  await page.getByLabel('Achievements').fill('Two local peace committees met every month.');

  // The session ends behind the person's back (expired, or revoked by an admin).
  await page.context().clearCookies();
  await page.getByRole('button', { name: 'Save assessment' }).click();

  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/with what you typed/);
  await expect(dialog.getByLabel('Username')).toBeFocused();
  await expectNoAxeViolations(page);
  if (process.env.SCREENSHOTS) {
    await page.screenshot({ path: '/tmp/cpea-shots/50-session-ended-desktop.png' });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: '/tmp/cpea-shots/50-session-ended-phone.png' });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  // Escape does not leave a screen that can no longer save.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Username').fill('admin');
  await dialog.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2024Q1');
  await expect(page.getByLabel('Violent incidents')).toHaveValue('12');
  await expect(page.getByLabel('Achievements')).toHaveValue('Two local peace committees met every month.');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(mission.acronym) })).toBeVisible();

  const saved = (await (await page.request.get(`/api/missions/${mission.id}/assessments`)).json()) as Assessment[];
  expect(saved.map((assessment) => [assessment.period, assessment.values.violent_incidents])).toEqual([['2024Q1', 12]]);
});

test('signing out leaves a fresh sign-in page', async ({ browser }) => {
  // A session of its own: signing out must not end the one the other tests share.
  const context = await browser.newContext({ storageState: undefined });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to CPEA' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  await context.close();
});
