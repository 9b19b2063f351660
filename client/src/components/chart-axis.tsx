import { wrapText } from './chart-export';

// Axis titles, drawn inside the chart's SVG so an exported image keeps them.

interface LabelProps {
  /** Given by Recharts: the axis's box, or a reference line's. */
  viewBox?: { x?: number; y?: number; width?: number; height?: number };
  text: string;
}

const TITLE = { fontSize: 12, fill: '#3d4650' };

/** An X axis's title under its ticks, centred, on as many lines as the plot's width needs. Needs a bottom margin. */
export function XAxisTitle({ viewBox, text }: LabelProps) {
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox ?? {};
  const lines = wrapText(text, Math.max(12, Math.floor(width / 6.4)));
  const centre = x + width / 2;
  return (
    <text x={centre} y={y + height + 6} textAnchor="middle" {...TITLE}>
      {lines.map((line, i) => (
        <tspan key={line} x={centre} dy={i === 0 ? 0 : '1.2em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A Y axis's title, upright along the axis's left edge, centred on the plot. Needs a wider axis. */
export function YAxisTitle({ viewBox, text }: LabelProps) {
  const { x = 0, y = 0, height = 0 } = viewBox ?? {};
  const cx = x + 10;
  const cy = y + height / 2;
  return (
    <text x={cx} y={cy} transform={`rotate(-90 ${cx} ${cy})`} textAnchor="middle" {...TITLE}>
      {text}
    </text>
  );
}
