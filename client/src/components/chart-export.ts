// Exports a chart as a standalone SVG or PNG with its title and source drawn into the image, so
// a chart pasted into a report still says what it shows and where the numbers come from. No
// inline script and no network: the SVG is serialized from the page, and the PNG is drawn onto
// a canvas from a blob: URL (the CSP allows img-src blob:).

import type { Translate } from '../lib/i18n';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const PAD = 16;
const TITLE_SIZE = 16;
const TITLE_LINE = 21;
const SOURCE_SIZE = 12;
const SOURCE_LINE = 16;

export interface ChartBody {
  /** SVG markup drawn at (0, 0) of a width × height box. */
  markup: string;
  width: number;
  height: number;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Splits text into lines of at most `maxChars` characters, breaking between words. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart's body framed by a white page, its title above and its source line below. */
export function composeExportSvg({ title, source, body }: { title: string; source: string; body: ChartBody }): {
  svg: string;
  width: number;
  height: number;
} {
  const width = Math.ceil(Math.max(body.width, 320) + 2 * PAD);
  // An average glyph is a little over half its font size wide.
  const titleLines = wrapText(title, Math.floor((width - 2 * PAD) / (TITLE_SIZE * 0.6)));
  const sourceLines = wrapText(source, Math.floor((width - 2 * PAD) / (SOURCE_SIZE * 0.52)));
  const bodyTop = PAD + titleLines.length * TITLE_LINE + 8;
  const sourceTop = bodyTop + Math.ceil(body.height) + 12;
  const height = Math.ceil(sourceTop + sourceLines.length * SOURCE_LINE + PAD - 4);
  const text = (lines: string[], top: number, size: number, step: number, attrs: string) =>
    lines
      .map(
        (line, i) =>
          `<text x="${PAD}" y="${top + i * step + size}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
      )
      .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    text(titleLines, PAD - 2, TITLE_SIZE, TITLE_LINE, 'font-weight="600" fill="#1b2229"') +
    `<g transform="translate(${PAD} ${bodyTop})">${body.markup}</g>` +
    text(sourceLines, sourceTop, SOURCE_SIZE, SOURCE_LINE, 'fill="#5b6570"') +
    `</svg>`;
  return { svg, width, height };
}

/** A file name from a title: "MINUSCA — Overall and KPI scores" → "minusca-overall-and-kpi-scores". */
export function fileNameOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'chart';
}

/**
 * The charts drawn inside `container` as one SVG body: every outermost <svg> (Recharts draws
 * one per chart and one per legend icon) placed where it sits on screen, plus the HTML text
 * marked `data-export-text` (legend labels, small-multiple titles) as SVG text.
 */
export function collectChartBody(container: HTMLElement): ChartBody {
  const box = container.getBoundingClientRect();
  const parts: string[] = [];
  const serializer = new XMLSerializer();
  for (const svg of Array.from(container.querySelectorAll('svg'))) {
    if (svg.parentElement?.closest('svg')) continue;
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.removeAttribute('style');
    clone.removeAttribute('class');
    clone.setAttribute('x', (rect.left - box.left).toFixed(1));
    clone.setAttribute('y', (rect.top - box.top).toFixed(1));
    clone.setAttribute('width', rect.width.toFixed(1));
    clone.setAttribute('height', rect.height.toFixed(1));
    if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${rect.width} ${rect.height}`);
    // Tooltips and hover cursors are not part of the chart.
    clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot').forEach((node) => node.remove());
    parts.push(serializer.serializeToString(clone));
  }
  for (const element of Array.from(container.querySelectorAll<HTMLElement>('[data-export-text]'))) {
    const rect = element.getBoundingClientRect();
    const text = element.textContent?.trim();
    if (!text || rect.width === 0) continue;
    const style = getComputedStyle(element);
    const size = parseFloat(style.fontSize) || 12;
    parts.push(
      `<text x="${(rect.left - box.left).toFixed(1)}" y="${(rect.top - box.top + rect.height / 2 + size * 0.35).toFixed(1)}" ` +
        `font-size="${size}" font-weight="${escapeXml(style.fontWeight)}" fill="${escapeXml(style.color)}">${escapeXml(text)}</text>`,
    );
  }
  return { markup: parts.join(''), width: box.width, height: box.height };
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: string, fileName: string) {
  download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${fileName}.svg`);
}

/** Draws the SVG onto a canvas at twice its size (sharp on high-density screens) and saves it as PNG. */
export async function downloadPng(svg: string, width: number, height: number, fileName: string, t: Translate) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(t('common.imageNotDrawn')));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('common.cannotDraw'));
    context.scale(scale, scale);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('common.pngNotMade')))), 'image/png'),
    );
    download(png, `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
