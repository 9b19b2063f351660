// The one severity scale of every challenge heat-map, on screen and in exported images.

/** Light to dark (ColorBrewer OrRd): severity 0 none … 4 critical. One hue family, ordered by lightness. */
export const SEVERITY_SCALE = ['#fef0d9', '#fdcc8a', '#fc8d59', '#d7301f', '#7f0000'] as const;

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export interface SeverityColour {
  fill: string;
  /** Black or white, whichever reads better on the fill. */
  ink: '#000000' | '#ffffff';
}

/** The cell colour for a severity (or a mean severity) on 0–4, interpolated along SEVERITY_SCALE; null for "not rated". */
export function severityColour(value: number | null): SeverityColour | null {
  if (value == null || !Number.isFinite(value)) return null;
  const x = Math.min(4, Math.max(0, value));
  const lower = Math.min(3, Math.floor(x));
  const t = x - lower;
  const a = hexToRgb(SEVERITY_SCALE[lower]);
  const b = hexToRgb(SEVERITY_SCALE[lower + 1]);
  const fill = rgbToHex([0, 1, 2].map((i) => a[i] + (b[i] - a[i]) * t) as [number, number, number]);
  const l = relativeLuminance(fill);
  return { fill, ink: contrast(l, 0) >= contrast(l, 1) ? '#000000' : '#ffffff' };
}
