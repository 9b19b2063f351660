import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support';
import type { User } from '@cpea/shared/user';

test('an admin creates an analyst, changes the role, disables the account and reads it all in the audit trail', async ({
  page,
}) => {
  const username = `analyst-${Date.now().toString(36)}`;
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  const users = page.getByRole('table', { name: 'Users' });
  await expect(users.getByRole('row', { name: /admin \(you\)/ })).toBeVisible();

  // The shared schema checks the form before anything is sent.
  await page.getByLabel('Username').fill('a');
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByLabel('Username')).toHaveAccessibleDescription(/At least 2 characters/);
  await expect(page.getByLabel('Display name')).toHaveAccessibleDescription(/Display name is required/);
  await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(/At least 10 characters/);

  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Display name').fill('Amina Analyst');
  await page.getByLabel('Role', { exact: true }).selectOption('analyst');
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByText(`Created ${username} (Analyst).`)).toBeVisible();

  const row = users.getByRole('row', { name: new RegExp(username) });
  await expect(row).toContainText('Amina Analyst');
  await expect(row).toContainText('Active');
  await expect(row.getByLabel(`Role of ${username}`)).toHaveValue('analyst');

  // The same username again is refused by the server, on the Username field.
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Display name').fill('Someone Else');
  await page.getByLabel('Password', { exact: true }).fill('another-long-password');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByLabel('Username')).toHaveAccessibleDescription(/This username is taken/);
  await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');

  await row.getByLabel(`Role of ${username}`).selectOption('viewer');
  await row.getByRole('button', { name: `Change role of ${username}` }).click();
  await expect(row.getByText('Now Viewer')).toBeVisible();

  await row.getByRole('button', { name: `Reset password of ${username}` }).click();
  await expect(row.getByText('At least 10 characters')).toBeVisible();
  await row.getByLabel(`New password for ${username}`).fill('a-new-long-password');
  await row.getByRole('button', { name: `Reset password of ${username}` }).click();
  await expect(row.getByText('Password reset; signed out everywhere')).toBeVisible();

  await row.getByRole('button', { name: `Disable ${username}` }).click();
  await expect(row).toContainText('Disabled');
  await expect(row.getByRole('button', { name: `Enable ${username}` })).toBeVisible();

  // The server will not let an admin lock themselves out, and the screen says so.
  const me = users.getByRole('row', { name: /admin \(you\)/ });
  await me.getByRole('button', { name: 'Disable admin' }).click();
  await expect(me.getByText('You cannot disable yourself or take away your own admin role')).toBeVisible();
  await expect(me).toContainText('Active');
  await expectNoAxeViolations(page);

  const created = ((await (await page.request.get('/api/users')).json()) as User[]).find(
    (user) => user.username === username,
  );
  expect(created).toMatchObject({ role: 'viewer', disabled: true });

  // The audit trail, filtered to this user; the filters live in the address.
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await page.getByLabel('Entity', { exact: true }).selectOption('user');
  await page.getByLabel('Entity ID').fill(String(created?.id));
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/audit\\?entity=user&id=${created?.id}$`));

  const trail = page.getByRole('table', { name: /entries matching the filters/ });
  // Newest first: disable, reset password, role change, create.
  await expect(trail.getByRole('row')).toHaveCount(5);
  const creation = trail.getByRole('row').filter({ hasText: 'Create' });
  await expect(creation).toContainText('admin');
  await expect(creation).toContainText(username);
  await creation.getByRole('button', { name: 'Show changes' }).click();
  await expect(creation.getByRole('button', { name: 'Hide changes' })).toHaveAttribute('aria-expanded', 'true');
  const createdDiff = page.getByRole('table', { name: /^Changes: Create user/ });
  await expect(createdDiff.getByRole('row', { name: /^Username/ }).getByRole('cell')).toHaveText([
    'Added',
    '(not set)',
    username,
  ]);

  await creation.getByRole('button', { name: 'Hide changes' }).click();
  await expect(createdDiff).toHaveCount(0);

  const roleChange = trail.getByRole('row').filter({ hasText: 'Update' }).last();
  await roleChange.getByRole('button', { name: 'Show changes' }).click();
  const roleDiff = page.getByRole('table', { name: /^Changes: Update user/ }).last();
  await expect(roleDiff.getByRole('row', { name: /^Role/ }).getByRole('cell')).toHaveText([
    'Changed',
    'analyst',
    'viewer',
  ]);
  // Unchanged fields are left out until asked for.
  await expect(roleDiff.getByRole('row', { name: /^Username/ })).toHaveCount(0);
  await page
    .getByLabel(/Show the \d+ unchanged fields/)
    .last()
    .check();
  await expect(
    roleDiff
      .getByRole('row', { name: /^Username/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('Unchanged');
  await expectNoAxeViolations(page);

  // A reload keeps the filters.
  await page.reload();
  await expect(page.getByLabel('Entity', { exact: true })).toHaveValue('user');
  await expect(page.getByLabel('Entity ID')).toHaveValue(String(created?.id));
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
});

test('the export links ask for the CSV in both formats, and the server sends it', async ({ page }) => {
  await page.goto('/import');
  const wide = page.getByRole('link', { name: 'Download CSV (wide)' });
  const long = page.getByRole('link', { name: 'Download CSV (long)' });
  await expect(wide).toHaveAttribute('href', '/api/export/assessments.csv?format=wide&names=1');
  await expect(long).toHaveAttribute('href', '/api/export/assessments.csv?format=long&names=1');

  for (const [link, header] of [
    [wide, 'mission_id,mission_name,mission_acronym,period,status,violent_incidents'],
    [long, 'mission_id,mission_name,mission_acronym,period,kpi,indicator,value,baseline,target,indicator_score,source'],
  ] as const) {
    const response = await page.request.get((await link.getAttribute('href')) as string);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const text = (await response.text()).replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/)[0].startsWith(header)).toBe(true);
    expect(text).toContain('MINUSCA');
  }

  // The browser downloads it as a file.
  const download = page.waitForEvent('download');
  await wide.click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('the audit trail names each entry’s mission and period, filters by mission, pages back, and downloads as CSV', async ({
  page,
}) => {
  const missions = (await (await page.request.get('/api/missions')).json()) as { id: number; acronym: string }[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA')!;
  await page.goto('/admin/audit');
  const rows = page.getByRole('table', { name: /newest first/ }).locator('tbody > tr');
  const idOfFirst = () => rows.first().getByRole('cell').nth(3).textContent();

  // A page of 50; the next holds older entries, and the first is a click away.
  await expect(rows).toHaveCount(50);
  const newestId = await idOfFirst();
  await page.getByRole('button', { name: /^Older entries/ }).click();
  await expect(page).toHaveURL(/before=\d+/);
  await expect(rows.first().getByRole('cell').nth(3)).not.toHaveText(newestId ?? '');
  await page.getByRole('button', { name: 'Newest entries' }).click();
  await expect(page).not.toHaveURL(/before=/);
  await expect(rows.first().getByRole('cell').nth(3)).toHaveText(newestId ?? '');

  await page.getByLabel('Mission', { exact: true }).selectOption('MINUSCA');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/audit\\?mission=${minusca.id}$`));
  const trail = page.getByRole('table', { name: /entries matching the filters/ });
  // Every entry is about MINUSCA; those about an assessment name its period. The rows are
  // counted once the filtered page has replaced the one shown while it loads.
  const minuscaCells = trail.getByRole('cell').filter({ has: page.getByRole('link', { name: 'MINUSCA' }) });
  await expect
    .poll(async () => {
      const count = await trail.locator('tbody > tr').count();
      return count > 1 && (await minuscaCells.count()) === count;
    })
    .toBe(true);
  await expect(trail.getByRole('cell', { name: /^\d{4} Q[1-4]$/ }).first()).toBeVisible();

  const download = page.getByRole('link', { name: 'Download the matching entries as CSV' });
  await expect(download).toHaveAttribute('href', `/api/audit.csv?mission=${minusca.id}`);
  const csv = await page.request.get((await download.getAttribute('href')) as string);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const bytes = await csv.body();
  // A byte-order mark first, so that Excel reads the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split(/\r\n/);
  expect(lines[0]).toBe('id,at,username,action,entity,entity_id,mission_id,mission_acronym,period,before,after');
  expect(lines.slice(1).every((line) => line.includes(`,${minusca.id},MINUSCA,`))).toBe(true);
  await expectNoAxeViolations(page);
});

test('while a filtered audit trail loads, the rows of the unfiltered one are not shown under its caption', async ({
  page,
}) => {
  await page.goto('/admin/audit');
  await expect(page.getByRole('table', { name: /newest first/ }).locator('tbody > tr')).toHaveCount(50);
  let answer = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route(/\/api\/audit\?.*mission=/, async (route) => {
    await held;
    await route.continue();
  });

  await page.getByLabel('Mission', { exact: true }).selectOption('MINUSCA');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the audit trail…' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  answer();
  const trail = page.getByRole('table', { name: /entries matching the filters/ });
  await expect(trail.locator('tbody > tr').first()).toBeVisible();
  await expect(
    trail
      .getByRole('cell')
      .filter({ has: page.getByRole('link', { name: 'MINUSCA' }) })
      .first(),
  ).toBeVisible();
});
