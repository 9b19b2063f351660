import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { MissionSummary } from '@cpea/shared/portfolio';

// The printed comparison of the seven demo missions: a few A4 pages, each with the running
// header and its number, and the summary table within the paper's width in either language.

/** The printable width of A4 inside the 12 mm margins, in CSS pixels. */
const A4_PRINTABLE_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);
const MAX_PAGES = 6;
const DEMO_MISSIONS = ['UNTAC', 'MFO', 'AMISOM', 'KFOR', 'UNAMSIL', 'UNMISET', 'MINUSCA'];

const WORDS = {
  en: { header: 'Comparison report · CPEA', page: (n: number, of: number) => `Page ${n} of ${of}` },
  fr: { header: 'Rapport de comparaison · CPEA', page: (n: number, of: number) => `Page ${n} sur ${of}` },
};

/** Cells of the summary table whose content is wider than they are, and parts past the report's right edge. */
async function summaryOverflow(page: Page): Promise<string[]> {
  return page.locator('.compare-page').evaluate((report) => {
    const edge = report.getBoundingClientRect().right + 0.5;
    const table = report.querySelector('.summary-table');
    if (!table) return ['no summary table'];
    const out: string[] = [];
    for (const element of [table, ...table.querySelectorAll<HTMLElement>('th, td, td *')]) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.right > edge || element.scrollWidth > element.clientWidth + 1) {
        out.push(`${element.tagName.toLowerCase()}: ${element.textContent?.slice(0, 40)}`);
      }
    }
    return out;
  });
}

/** The demo's seven, whatever missions other tests have added to the shared server. */
async function demoMissions(page: Page): Promise<MissionSummary[]> {
  const missions = (await (await page.request.get('/api/missions')).json()) as MissionSummary[];
  return missions.filter((m) => DEMO_MISSIONS.includes(m.acronym));
}

for (const lang of ['en', 'fr'] as const) {
  test(`the seven-mission comparison prints on at most ${MAX_PAGES} A4 pages, numbered under a running header, its summary table within the page (${lang})`, async ({
    page,
  }) => {
    test.slow();
    const missions = await demoMissions(page);
    expect(missions).toHaveLength(7);
    await page.setViewportSize({ width: A4_PRINTABLE_WIDTH, height: 1000 });
    await page.goto(`/compare?missions=${missions.map((m) => m.id).join(',')}&lang=${lang}`);
    await expect(page.locator('.summary-table')).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    expect(await summaryOverflow(page)).toEqual([]);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-compare-'));
    try {
      const pdf = path.join(dir, 'comparison.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(1);
      expect(pages).toBeLessThanOrEqual(MAX_PAGES);
      for (let n = 1; n <= pages; n++) {
        const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
        const folded = text.replace(/\s+/g, ' ');
        expect(folded).toContain(WORDS[lang].header);
        expect(folded).toContain(WORDS[lang].page(n, pages));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the running header leaves with the report: other pages print without it', async ({ page }) => {
  const missions = await demoMissions(page);
  await page.goto(`/compare?missions=${missions.map((m) => m.id).join(',')}`);
  await expect(page.locator('.summary-table')).toBeVisible();
  await page.getByRole('link', { name: 'Methodology' }).first().click();
  // The Methodology page's own heading: the comparison's is there until the page has changed.
  await expect(page).toHaveURL(/\/methodology/);
  await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-method-'));
  try {
    const pdf = path.join(dir, 'methodology.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(text).not.toContain('Comparison report · CPEA');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
