import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { CATALOG_EN, type CatalogText } from '@cpea/shared/i18n/catalog-text';
import { CATALOG_FR } from '@cpea/shared/i18n/catalog-fr';
import { en } from '../../client/src/locales/en';
import { fr } from '../../client/src/locales/fr';

// Every screen in French, checked for English left behind: any interface text whose English
// differs from its French must not show on a French screen. Data (mission names, narratives,
// source titles) is not interface text and is not in the message catalogs.

/** Every leaf of a nested message object as `[dotted.key, value]`. */
function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function catalogNames(catalog: CatalogText): [string, string][] {
  return [
    ...Object.entries(catalog.kpis).map(([id, kpi]): [string, string] => [`kpi.${id}`, kpi.name]),
    ...Object.entries(catalog.indicators).map(([id, indicator]): [string, string] => [
      `indicator.${id}`,
      indicator?.name ?? id,
    ]),
    ...Object.entries(catalog.challenges).map(([id, challenge]): [string, string] => [
      `challenge.${id}`,
      challenge.name,
    ]),
  ];
}

/**
 * The English phrases that would give away an untranslated string: the literal parts of each
 * message around its {placeholders}, long enough (two words, ten letters) not to occur by chance.
 */
function englishTells(): { key: string; phrase: string }[] {
  const french = new Map([...leaves(fr), ...catalogNames(CATALOG_FR)]);
  return [...leaves(en), ...catalogNames(CATALOG_EN)]
    .filter(([key, english]) => french.get(key) !== english)
    .flatMap(([key, english]) =>
      english
        .split(/\{\w+\}/)
        .map((part) => part.trim())
        .filter((phrase) => phrase.length >= 10 && /\s/.test(phrase) && !french.get(key)?.includes(phrase))
        .map((phrase) => ({ key, phrase })),
    );
}

const TELLS = englishTells();
const SHOTS = '/tmp/cpea-shots';

/** Opens every disclosure and every chart's table view, so their text is checked too. */
async function revealEverything(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  const tables = page.getByRole('button', { name: 'Tableau', pressed: false });
  for (let count = await tables.count(); count > 0; count--) await tables.first().click();
}

/** With SCREENSHOTS=1, full-page PNGs of each French screen at a laptop's and a phone's width, for looking at. */
async function shootBothWidths(page: Page, path: string) {
  const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview';
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [
    [375, 812],
    [1280, 800],
  ]) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300); // charts measure their box before they draw
    await page.screenshot({ path: `${SHOTS}/fr-${name}-${width}.png`, fullPage: true });
  }
}

/**
 * Opens `path` in French, by its address or, with `switchInPlace`, in English and then through
 * the language switch (nothing may stay behind in English).
 */
async function expectNoEnglish(
  page: Page,
  path: string,
  open?: (page: Page) => Promise<void>,
  { switchInPlace = false } = {},
) {
  if (switchInPlace) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Language / Langue').selectOption('fr');
  } else {
    await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=fr`);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByText('Chargement…')).toHaveCount(0);
  await open?.(page);
  if (process.env.SCREENSHOTS) await shootBothWidths(page, open ? `${path}-opened` : path);
  await revealEverything(page);
  // Narratives are what analysts wrote (the demo's are in English): data, not interface.
  await page.evaluate(() => document.querySelectorAll('.narrative dd').forEach((text) => text.remove()));
  const text = await page.locator('body').innerText();
  const found = TELLS.filter(({ phrase }) => text.includes(phrase)).map(({ key, phrase }) => `${key}: “${phrase}”`);
  expect(found, `English on ${path} in French`).toEqual([]);
}

test('the catalogs give the sweep something to find', () => {
  expect(TELLS.length).toBeGreaterThan(300);
  expect(TELLS).toContainEqual({ key: 'overview.lead', phrase: en.overview.lead });
});

test('no screen shows English interface text in French', async ({ page }) => {
  test.setTimeout(120_000);
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const demo = missions.filter((mission) => mission.illustrative && mission.latest != null).slice(0, 3);
  expect(demo).toHaveLength(3);
  const ids = demo.map((mission) => mission.id);
  const frozen = await page.request.post('/api/reports/frozen', {
    data: { title: `French sweep ${Date.now()}`, missions: ids },
  });
  expect(frozen.status()).toBe(201);
  const { id: reportId } = (await frozen.json()) as { id: number };
  const assessments = (await (await page.request.get(`/api/missions/${ids[0]}/assessments`)).json()) as {
    id: number;
  }[];

  for (const path of [
    '/',
    '/?weights=civilian_protection:1',
    '/methodology',
    `/missions/${ids[0]}`,
    '/missions/new',
    `/missions/${ids[0]}/edit`,
    `/missions/${ids[0]}/assessments/new`,
    `/compare?missions=${ids.join(',')}&approvedOnly=0`,
    `/assessments/${assessments[0].id}/edit`,
    '/compare',
    `/compare?missions=${ids.join(',')}`,
    `/reports/${reportId}`,
    '/import',
    '/admin/users',
    '/admin/audit',
    '/no-such-page',
  ]) {
    await expectNoEnglish(page, path);
  }
  await expectNoEnglish(page, `/missions/${ids[0]}`, async () => {
    await page.getByRole('button', { name: 'Modifier les cibles' }).click();
  });
  for (const path of [`/missions/${ids[0]}`, `/compare?missions=${ids.join(',')}`, '/admin/audit']) {
    await page.evaluate(() => window.localStorage.removeItem('cpea.locale'));
    await expectNoEnglish(page, path, undefined, { switchInPlace: true });
  }
  await expectNoEnglish(page, `/reports/${reportId}`, async () => {
    await page.getByRole('button', { name: /Comparer avec les chiffres actuels/ }).click();
  });
});
