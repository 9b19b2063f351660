import type { MissionStyle } from '../lib/mission-colours';

/** The mission's colour and line pattern as a short line, the key to every chart of the report. */
export function MissionSwatch({ style }: { style: MissionStyle }) {
  return (
    <svg className="mission-swatch" width="26" height="10" viewBox="0 0 26 10" aria-hidden="true" focusable="false">
      <line
        x1="1"
        x2="25"
        y1="5"
        y2="5"
        stroke={style.colour}
        strokeWidth="4"
        strokeDasharray={style.dashArray}
        strokeLinecap="butt"
      />
    </svg>
  );
}

export interface LegendEntry {
  style: MissionStyle;
  label: string;
}

/** The missions and their colours, as HTML above a chart so it wraps and prints like text. */
export function MissionLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="mission-legend">
      {entries.map((entry) => (
        <li key={entry.style.key}>
          <MissionSwatch style={entry.style} />
          <span data-export-text>{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}
