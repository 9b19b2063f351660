import { ReferenceLine } from 'recharts';
import { BAND_THRESHOLDS } from '@cpea/shared/scoring';
import { formatNumber } from '../lib/format';
import { useCatalogText } from '../lib/i18n';
import { wrapText } from './chart-export';

/** The right margin a chart with band thresholds keeps for their labels, beside the plot. */
export const THRESHOLD_GUTTER = 92;
const LINE_HEIGHT = 12;

const LABEL_CHARS = 14;

interface LabelProps {
  /** Given by Recharts: the reference line's box. */
  viewBox?: { x?: number; y?: number; width?: number };
  name: string;
  threshold: string;
  /** Which side of its line the label grows to: the two labels grow apart, so they never meet. */
  side: 'above' | 'below';
}

/** The band's name on short lines, its threshold kept whole on the last. */
function labelLines(name: string, threshold: string) {
  const lines = wrapText(name, LABEL_CHARS);
  const last = lines[lines.length - 1];
  if (last && last.length + 1 + threshold.length <= LABEL_CHARS) lines[lines.length - 1] = `${last} ${threshold}`;
  else lines.push(threshold);
  return lines;
}

/**
 * A band threshold's name in the right margin, outside the plot, so no data line runs through the
 * words; it starts level with its line and grows away from the other threshold.
 */
function ThresholdLabel({ viewBox, name, threshold, side }: LabelProps) {
  const { x = 0, y = 0, width = 0 } = viewBox ?? {};
  const lines = labelLines(name, threshold);
  const left = x + width + 6;
  const top = side === 'above' ? y - 3 - (lines.length - 1) * LINE_HEIGHT : y + 11;
  return (
    <text x={left} y={top} fontSize={11} fill="#3d4650">
      {lines.map((line, i) => (
        <tspan key={line} x={left} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The dotted lines where the Partially on track and On track bands begin, on a 0–100 score axis. */
export function BandThresholds() {
  const catalog = useCatalogText();
  return (['partial', 'on_track'] as const).map((band) => (
    <ReferenceLine
      key={band}
      y={BAND_THRESHOLDS[band]}
      stroke="#9aa3ad"
      strokeDasharray="2 4"
      label={
        <ThresholdLabel
          name={catalog.bands[band]}
          threshold={`≥ ${formatNumber(BAND_THRESHOLDS[band])}`}
          side={band === 'on_track' ? 'above' : 'below'}
        />
      }
    />
  ));
}
