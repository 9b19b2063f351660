import { BAND_LABELS, type Band } from '@cpea/shared/scoring';

/** A band in colour and in words; the colour never carries the meaning alone. */
export function BandBadge({ band }: { band: Band | null | undefined }) {
  if (!band) {
    return (
      <span className="band band--none">
        <span className="band__swatch" aria-hidden="true" />
        Not scored
      </span>
    );
  }
  return (
    <span className={`band band--${band}`}>
      <span className="band__swatch" aria-hidden="true" />
      {BAND_LABELS[band]}
    </span>
  );
}
