import type { ReactNode } from 'react';
import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import type { Translate } from '../lib/i18n';
import { escapeXml, type ChartBody } from './chart-export';
import { severityColour } from './severity-scale';

/** Challenge categories down, columns (periods or missions) across, a severity in each cell. */
export interface HeatMapData {
  columns: HeatMapColumn[];
  rows: HeatMapRow[];
}

export interface HeatMapColumn {
  key: string;
  /** The header as read aloud: "2024 Q1", "MINUSCA". */
  label: string;
  /** The header as drawn, one or two short lines ("2024", "Q1"). */
  lines: string[];
  /** A period without an assessment: the header is greyed and `note` is read after it. */
  muted?: boolean;
  note?: string;
  /** The mission's line drawn above its header, on screen (`marker`) and in the export (`line`). */
  marker?: ReactNode;
  line?: { colour: string; dashArray?: string };
}

export interface HeatMapRow {
  key: string;
  name: string;
  cells: HeatMapCell[];
}

export interface HeatMapCell {
  key: string;
  /** 0–4 (a mean may fall between), or null when not rated. */
  severity: number | null;
  /** The number as shown in the cell, or a dash. */
  text: string;
  /** Read after the number; shown as a tooltip when `title` is set. */
  spoken?: string;
  title?: string;
}

const MIN_LABEL_WIDTH = 250;
const MIN_CELL_W = 36;
const CELL_H = 24;
const LINE_ROOM = 12;
const LEGEND_STEP = 92;
const NONE_FILL = '#ffffff';
const NONE_INK = '#5b6570';

/** The heat-map drawn as SVG for export: the same cells, numbers and legend as on screen. */
export function heatMapSvg(data: HeatMapData, t: Translate, catalog: CatalogText): ChartBody {
  // An 11px glyph is about 6px wide; some names run longer in French.
  const labelWidth = Math.max(MIN_LABEL_WIDTH, ...data.rows.map((row) => Math.ceil(row.name.length * 6.05) + 8));
  const longest = (texts: string[]) => Math.max(0, ...texts.map((text) => text.length));
  const cellW = Math.max(
    MIN_CELL_W,
    longest(data.rows.flatMap((row) => row.cells.map((cell) => cell.text))) * 7 + 14,
    longest(data.columns.flatMap((column) => column.lines)) * 6 + 10,
  );
  const top = data.columns.some((column) => column.line) ? LINE_ROOM : 0;
  const headerH = top + 34;
  const parts: string[] = [];
  data.columns.forEach((column, i) => {
    const x = labelWidth + i * cellW + cellW / 2;
    if (column.line) {
      const { colour, dashArray } = column.line;
      parts.push(
        `<line x1="${x - 12}" x2="${x + 12}" y1="5" y2="5" stroke="${colour}" stroke-width="4"` +
          `${dashArray ? ` stroke-dasharray="${dashArray}"` : ''}/>`,
      );
    }
    column.lines.slice(0, 2).forEach((line, l) => {
      parts.push(
        `<text x="${x}" y="${top + 13 + 13 * l}" font-size="10" text-anchor="middle" fill="#3d4650">${escapeXml(line)}</text>`,
      );
    });
  });
  data.rows.forEach((row, r) => {
    const y = headerH + r * CELL_H;
    parts.push(`<text x="0" y="${y + CELL_H / 2 + 4}" font-size="11" fill="#1b2229">${escapeXml(row.name)}</text>`);
    row.cells.forEach((cell, c) => {
      const x = labelWidth + c * cellW;
      const colour = severityColour(cell.severity);
      parts.push(
        `<rect x="${x}" y="${y}" width="${cellW - 2}" height="${CELL_H - 2}" fill="${colour?.fill ?? NONE_FILL}" stroke="#d5dae0"/>`,
        `<text x="${x + cellW / 2 - 1}" y="${y + CELL_H / 2 + 3}" font-size="11" text-anchor="middle" fill="${colour?.ink ?? NONE_INK}">${escapeXml(cell.text)}</text>`,
      );
    });
  });
  const legendY = headerH + data.rows.length * CELL_H + 12;
  catalog.severities.forEach((label, severity) => {
    const x = severity * LEGEND_STEP;
    parts.push(
      `<rect x="${x}" y="${legendY}" width="14" height="14" fill="${severityColour(severity)?.fill}" stroke="#8c96a1"/>`,
      `<text x="${x + 19}" y="${legendY + 11}" font-size="11" fill="#3d4650">${severity} ${escapeXml(label)}</text>`,
    );
  });
  parts.push(
    `<text x="${catalog.severities.length * LEGEND_STEP}" y="${legendY + 11}" font-size="11" fill="#3d4650">${escapeXml(t('common.heatmapNotRated'))}</text>`,
  );
  return {
    markup: parts.join(''),
    width: Math.max(labelWidth + data.columns.length * cellW, catalog.severities.length * LEGEND_STEP + 80),
    height: legendY + 18,
  };
}
