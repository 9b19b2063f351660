import type { CatalogText } from '@cpea/shared/i18n/catalog-text';
import { escapeXml, type ChartBody } from '../../../components/chart-export';
import { formatNumber } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';
import type { MissionStyle } from './mission-colours';
import { formatSeverity } from './report-format';
import { severityColour, type HeatMapRow } from './report-series';

// The heat-map is HTML on screen; for PNG/SVG export it is drawn again as SVG, cell for cell.

const LABEL_WIDTH = 260;
const CELL_WIDTH = 64;
const CELL_HEIGHT = 26;
const HEADER_HEIGHT = 30;
const GAP = 2;
const LEGEND_HEIGHT = 34;

export function heatMapSvg(
  rows: readonly HeatMapRow[],
  missions: readonly { acronym: string; style: MissionStyle | undefined }[],
  t: Translate,
  catalog: CatalogText,
): ChartBody {
  const width = LABEL_WIDTH + missions.length * (CELL_WIDTH + GAP);
  const gridHeight = HEADER_HEIGHT + rows.length * (CELL_HEIGHT + GAP);
  const parts: string[] = [];
  const text = (x: number, y: number, value: string, attrs = '') =>
    `<text x="${x}" y="${y}" font-size="12" ${attrs}>${escapeXml(value)}</text>`;

  missions.forEach((mission, i) => {
    const x = LABEL_WIDTH + i * (CELL_WIDTH + GAP);
    if (mission.style) {
      parts.push(
        `<line x1="${x + 20}" x2="${x + CELL_WIDTH - 20}" y1="6" y2="6" stroke="${mission.style.colour}" stroke-width="4"` +
          `${mission.style.dashArray ? ` stroke-dasharray="${mission.style.dashArray}"` : ''}/>`,
      );
    }
    parts.push(text(x + CELL_WIDTH / 2, 24, mission.acronym, 'text-anchor="middle" font-weight="600" fill="#3d4650"'));
  });
  rows.forEach((row, r) => {
    const y = HEADER_HEIGHT + r * (CELL_HEIGHT + GAP);
    parts.push(text(0, y + 17, row.name, 'fill="#1b2229"'));
    row.cells.forEach((cell, i) => {
      const x = LABEL_WIDTH + i * (CELL_WIDTH + GAP);
      const fill = cell.colour?.fill ?? '#eef0f2';
      const ink = cell.colour?.ink ?? '#5b6570';
      parts.push(`<rect x="${x}" y="${y}" width="${CELL_WIDTH}" height="${CELL_HEIGHT}" rx="2" fill="${fill}"/>`);
      parts.push(
        text(
          x + CELL_WIDTH / 2,
          y + 17,
          cell.value == null ? t('compareCharts.heatMap.notRatedShort') : formatSeverity(cell.value),
          `text-anchor="middle" font-weight="600" fill="${ink}"`,
        ),
      );
    });
  });
  const legendTop = gridHeight + 10;
  let x = 0;
  catalog.severities.forEach((label, severity) => {
    const colour = severityColour(severity);
    parts.push(`<rect x="${x}" y="${legendTop}" width="22" height="16" rx="2" fill="${colour?.fill}"/>`);
    parts.push(
      text(x + 11, legendTop + 12, formatNumber(severity), `text-anchor="middle" font-size="11" fill="${colour?.ink}"`),
    );
    parts.push(text(x + 28, legendTop + 12, label, 'fill="#3d4650"'));
    x += 28 + label.length * 7 + 16;
  });
  parts.push(`<rect x="${x}" y="${legendTop}" width="22" height="16" rx="2" fill="#eef0f2"/>`);
  parts.push(text(x + 28, legendTop + 12, t('compareCharts.heatMap.notRatedKey'), 'fill="#3d4650"'));
  return { markup: parts.join(''), width: Math.max(width, x + 140), height: gridHeight + LEGEND_HEIGHT };
}
