import { ReferenceLine } from 'recharts';
import { BAND_THRESHOLDS } from '@cpea/shared/scoring';
import { formatNumber } from '../lib/format';
import { useCatalogText } from '../lib/i18n';
import { wrapText } from './chart-export';

/** The right margin a chart with band thresholds keeps for their labels, beside the plot. */
export const THRESHOLD_GUTTER = 88;
const LINE_HEIGHT = 12;

interface LabelProps {
  /** Given by Recharts: the reference line's box. */
  viewBox?: { x?: number; y?: number; width?: number };
  text: string;
}

/**
 * A band threshold's name in the right margin, level with its line and outside the plot, so no
 * data line runs through the words. Wrapped on short lines to fit the margin.
 */
function ThresholdLabel({ viewBox, text }: LabelProps) {
  const { x = 0, y = 0, width = 0 } = viewBox ?? {};
  const lines = wrapText(text, 13);
  const left = x + width + 6;
  return (
    <text x={left} y={y - ((lines.length - 1) * LINE_HEIGHT) / 2} fontSize={11} fill="#3d4650">
      {lines.map((line, i) => (
        <tspan key={line} x={left} dy={i === 0 ? '0.35em' : LINE_HEIGHT}>
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
      label={<ThresholdLabel text={`${catalog.bands[band]} ≥ ${formatNumber(BAND_THRESHOLDS[band])}`} />}
    />
  ));
}
