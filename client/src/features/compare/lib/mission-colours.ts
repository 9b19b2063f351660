// Each mission in a comparison keeps one look on every chart: an Okabe–Ito colour by its place
// in the report, and beyond eight missions the colours repeat with a line pattern, so the ninth
// mission is the first colour dashed rather than a colour nobody can tell apart.

export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export type LinePattern = 'solid' | 'dashed' | 'dotted' | 'dash-dot';
const PATTERNS: readonly LinePattern[] = ['solid', 'dashed', 'dotted', 'dash-dot'];

/** SVG stroke-dasharray for each pattern; undefined draws a solid line. */
export const DASH_ARRAYS: Record<LinePattern, string | undefined> = {
  solid: undefined,
  dashed: '7 4',
  dotted: '2 3',
  'dash-dot': '8 3 2 3',
};

export interface MissionStyle {
  missionId: number;
  /** Position in the report, 0-based. */
  index: number;
  colour: string;
  pattern: LinePattern;
  dashArray: string | undefined;
  /** A key safe for chart data and SVG ids: `m12`. */
  key: string;
}

export function missionKey(missionId: number): string {
  return `m${missionId}`;
}

export function missionStyle(missionId: number, index: number): MissionStyle {
  const pattern = PATTERNS[Math.floor(index / OKABE_ITO.length) % PATTERNS.length];
  return {
    missionId,
    index,
    colour: OKABE_ITO[index % OKABE_ITO.length],
    pattern,
    dashArray: DASH_ARRAYS[pattern],
    key: missionKey(missionId),
  };
}

/** Styles for the missions in report order; a mission listed twice keeps its first style. */
export function missionStyles(missionIds: readonly number[]): Map<number, MissionStyle> {
  const styles = new Map<number, MissionStyle>();
  for (const id of missionIds) {
    if (!styles.has(id)) styles.set(id, missionStyle(id, styles.size));
  }
  return styles;
}
