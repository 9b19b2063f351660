import type { Assessment } from '@cpea/shared/assessment';
import { CHALLENGES, type Challenge } from '@cpea/shared/catalog';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import { comparePeriods, periodRange } from '@cpea/shared/periods';
import { formatPeriod } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';

export interface HeatmapCell {
  period: string;
  /** 0–4, or null when not rated (or the period has no assessment). */
  severity: number | null;
  note: string;
}

export interface HeatmapRow {
  challenge: Challenge;
  cells: HeatmapCell[];
}

export interface ChallengeHeatmap {
  periods: { period: string; label: string; assessed: boolean }[];
  rows: HeatmapRow[];
}

/**
 * Challenge categories × periods, from the first assessed period to the last with every period
 * between (an unassessed period is a column of "not rated", never of zeros), categories in
 * catalog order.
 */
export function buildChallengeHeatmap(assessments: readonly Assessment[]): ChallengeHeatmap {
  if (assessments.length === 0) return { periods: [], rows: [] };
  const ordered = [...assessments].sort((a, b) => comparePeriods(a.period, b.period));
  const byPeriod = new Map(ordered.map((assessment) => [assessment.period, assessment]));
  const range = periodRange(ordered[0].period, ordered[ordered.length - 1].period);
  return {
    periods: range.map((period) => ({ period, label: formatPeriod(period), assessed: byPeriod.has(period) })),
    rows: CHALLENGES.map((challenge) => ({
      challenge,
      cells: range.map((period) => {
        const rating = byPeriod.get(period)?.challenges[challenge.id];
        return { period, severity: rating?.severity ?? null, note: rating?.note ?? '' };
      }),
    })),
  };
}

/** The sequential scale, light to dark, one hue (ColorBrewer Blues, colour-blind safe). */
export const SEVERITY_COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5', '#08306b'] as const;
export const SEVERITY_TEXT = ['#1b2229', '#1b2229', '#1b2229', '#ffffff', '#ffffff'] as const;

const MIN_LABEL_WIDTH = 250;
const CELL_W = 36;
const CELL_H = 24;
const HEADER_H = 34;

/** The heat-map drawn as SVG for export: the same cells, numbers and legend as on screen. */
export function heatmapSvgBody(
  heatmap: ChallengeHeatmap,
  t: Translate,
  catalog: CatalogText,
): { markup: string; width: number; height: number } {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const names = heatmap.rows.map((row) => catalog.challenges[row.challenge.id].name);
  // Some names run longer in French; an 11px glyph is about 6px wide.
  const labelWidth = Math.max(MIN_LABEL_WIDTH, ...names.map((name) => Math.ceil(name.length * 6.05) + 8));
  const parts: string[] = [];
  heatmap.periods.forEach((period, i) => {
    const x = labelWidth + i * CELL_W + CELL_W / 2;
    const [first, second = ''] = period.label.split(' ');
    parts.push(
      `<text x="${x}" y="13" font-size="10" text-anchor="middle" fill="#3d4650">${esc(first)}</text>`,
      `<text x="${x}" y="26" font-size="10" text-anchor="middle" fill="#3d4650">${esc(second)}</text>`,
    );
  });
  heatmap.rows.forEach((row, r) => {
    const y = HEADER_H + r * CELL_H;
    parts.push(`<text x="0" y="${y + CELL_H / 2 + 4}" font-size="11" fill="#1b2229">${esc(names[r])}</text>`);
    row.cells.forEach((cell, c) => {
      const x = labelWidth + c * CELL_W;
      const fill = cell.severity == null ? '#ffffff' : SEVERITY_COLOURS[cell.severity];
      const ink = cell.severity == null ? '#5b6570' : SEVERITY_TEXT[cell.severity];
      parts.push(
        `<rect x="${x}" y="${y}" width="${CELL_W - 2}" height="${CELL_H - 2}" fill="${fill}" stroke="#d5dae0"/>`,
        `<text x="${x + CELL_W / 2 - 1}" y="${y + CELL_H / 2 + 3}" font-size="11" text-anchor="middle" fill="${ink}">${cell.severity ?? '—'}</text>`,
      );
    });
  });
  const legendY = HEADER_H + heatmap.rows.length * CELL_H + 12;
  catalog.severities.forEach((label, severity) => {
    const x = severity * 92;
    parts.push(
      `<rect x="${x}" y="${legendY}" width="14" height="14" fill="${SEVERITY_COLOURS[severity]}" stroke="#8c96a1"/>`,
      `<text x="${x + 19}" y="${legendY + 11}" font-size="11" fill="#3d4650">${severity} ${esc(label)}</text>`,
    );
  });
  parts.push(
    `<text x="${catalog.severities.length * 92}" y="${legendY + 11}" font-size="11" fill="#3d4650">${esc(t('common.heatmapNotRated'))}</text>`,
  );
  return {
    markup: parts.join(''),
    width: Math.max(labelWidth + heatmap.periods.length * CELL_W, catalog.severities.length * 92 + 80),
    height: legendY + 18,
  };
}
