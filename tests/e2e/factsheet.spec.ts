import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';
import { expectNoAxeViolations } from './support';

// A mission's factsheet: one page, whichever the paper, in either language, for every demo mission.

/** The printable width of A4 inside the 12 mm margins, in CSS pixels. */
const A4_PRINTABLE_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

async function pdfPages(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-factsheet-'));
  try {
    const pdf = path.join(dir, 'factsheet.pdf');
    await page.pdf({ path: pdf, format, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    return { pages, text };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Elements of the sheet that reach past its right edge, or whose content is wider than their box. */
async function overflowing(page: Page): Promise<string[]> {
  return page.locator('article.factsheet').evaluate((sheet) => {
    const edge = sheet.getBoundingClientRect().right + 0.5;
    const out: string[] = [];
    for (const element of sheet.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      const wider = element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0;
      if (box.right > edge || (wider && !(element instanceof SVGElement))) {
        out.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
      }
    }
    return out;
  });
}

test('the mission page links to its factsheet, which reads by role and heading', async ({ page }) => {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  const minusca = missions.find((m) => m.acronym === 'MINUSCA')!;
  await page.goto(`/missions/${minusca.id}`);
  await page.getByRole('link', { name: 'Factsheet (one page)' }).click();
  await expect(page).toHaveURL(new RegExp(`/missions/${minusca.id}/factsheet$`));
  await expect(page.getByRole('heading', { level: 1, name: /MINUSCA/ })).toBeVisible();
  for (const name of ['Published score', 'KPI trends (0–100)', 'Top three challenges', /Latest narrative/, 'Sources']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText('Illustrative demo data').first()).toBeVisible();
  await expect(page.getByText(/Data status: approved assessments only \(\d+ periods\)/)).toBeVisible();
  await expect(page.getByRole('img', { name: /Reduction in violent incidents: scores from/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'KPI scores by approved period' });
  // A row per approved period shown (up to eight), under a header of the four KPIs.
  await expect(table.getByRole('row')).toHaveCount(9);
  await expect(table.getByRole('columnheader')).toHaveCount(5);
  await expect(
    page
      .getByRole('list')
      .filter({ hasText: /\(\d\/4\)/ })
      .getByRole('listitem'),
  ).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const lang of ['en', 'fr'] as const) {
  test(`every demo mission's factsheet prints on one page of A4 and of Letter, nothing overflowing (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
    expect(missions.length).toBeGreaterThanOrEqual(7);
    await page.setViewportSize({ width: A4_PRINTABLE_WIDTH, height: 1000 });
    for (const mission of missions) {
      await page.goto(`/missions/${mission.id}/factsheet?lang=${lang}`);
      await expect(page.getByRole('heading', { level: 1, name: new RegExp(mission.acronym) })).toBeVisible();
      // In French, a mission's French name where it has one.
      const name = lang === 'fr' && mission.nameFr ? mission.nameFr : mission.name;
      await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
      await page.emulateMedia({ media: 'print' });
      expect(await overflowing(page), mission.acronym).toEqual([]);
      for (const format of ['A4', 'Letter'] as const) {
        const { pages, text } = await pdfPages(page, format);
        expect(pages, `${mission.acronym} on ${format}`).toBe(1);
        expect(text).toContain(mission.acronym);
        expect(text).toMatch(lang === 'en' ? /approved assessments only/ : /évaluations approuvées uniquement/);
        expect(text).not.toMatch(/Print \/ Save as PDF|Imprimer/);
      }
      await page.emulateMedia({ media: 'screen' });
    }
  });
}
