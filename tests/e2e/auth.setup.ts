import { expect, test as setup } from '@playwright/test';
import { ADMIN_STATE, E2E_ADMIN_PASSWORD } from './support';

setup('sign in as the admin through the sign-in form', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible();
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Missions' })).toBeVisible();
  await expect(page.getByText('Administrator')).toBeVisible();
  await page.context().storageState({ path: ADMIN_STATE });
});
