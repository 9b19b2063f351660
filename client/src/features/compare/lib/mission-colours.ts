// Each mission keeps one look on every chart and in every report: an Okabe–Ito colour chosen by
// its id, not by its place in the report, so MINUSCA is the same colour whichever missions it is
// compared with. Okabe–Ito's yellow is left out: it cannot be seen against white. Past seven
// missions the colours repeat with a line pattern; should two missions of one report land on the
// same look, the later one takes the next free look, so no two lines of a chart look alike.

export const MISSION_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'] as const;

export type LinePattern = 'solid' | 'dashed' | 'dotted' | 'dash-dot';
const PATTERNS: readonly LinePattern[] = ['solid', 'dashed', 'dotted', 'dash-dot'];
const LOOKS = MISSION_COLOURS.length * PATTERNS.length;

/** SVG stroke-dasharray for each pattern; undefined draws a solid line. */
export const DASH_ARRAYS: Record<LinePattern, string | undefined> = {
  solid: undefined,
  dashed: '7 4',
  dotted: '2 3',
  'dash-dot': '8 3 2 3',
};

export interface MissionStyle {
  missionId: number;
  /** Which of the colour × pattern looks, 0-based. */
  look: number;
  colour: string;
  pattern: LinePattern;
  dashArray: string | undefined;
  /** A key safe for chart data and SVG ids: `m12`. */
  key: string;
}

export function missionKey(missionId: number): string {
  return `m${missionId}`;
}

/** The look a mission has wherever it is shown, unless another mission of the same report holds it. */
export function preferredLook(missionId: number): number {
  return (((missionId - 1) % LOOKS) + LOOKS) % LOOKS;
}

export function missionStyle(missionId: number, look = preferredLook(missionId)): MissionStyle {
  const pattern = PATTERNS[Math.floor(look / MISSION_COLOURS.length) % PATTERNS.length];
  return {
    missionId,
    look,
    colour: MISSION_COLOURS[look % MISSION_COLOURS.length],
    pattern,
    dashArray: DASH_ARRAYS[pattern],
    key: missionKey(missionId),
  };
}

/** Styles for the missions of one report; a mission listed twice keeps its first style. */
export function missionStyles(missionIds: readonly number[]): Map<number, MissionStyle> {
  const styles = new Map<number, MissionStyle>();
  const taken = new Set<number>();
  for (const id of missionIds) {
    if (styles.has(id)) continue;
    let look = preferredLook(id);
    // Beyond 28 missions every look is taken and they start over.
    for (let tries = 0; taken.has(look) && tries < LOOKS; tries += 1) look = (look + 1) % LOOKS;
    taken.add(look);
    styles.set(id, missionStyle(id, look));
  }
  return styles;
}
