import type { Band } from '@cpea/shared/scoring';
import { useCatalogText, useT } from '../lib/i18n';

/** A band in colour and in words; the colour never carries the meaning alone. */
export function BandBadge({ band }: { band: Band | null | undefined }) {
  const t = useT();
  const catalog = useCatalogText();
  if (!band) {
    return (
      <span className="band band--none">
        <span className="band__swatch" aria-hidden="true" />
        {t('states.notScored')}
      </span>
    );
  }
  return (
    <span className={`band band--${band}`}>
      <span className="band__swatch" aria-hidden="true" />
      {catalog.bands[band]}
    </span>
  );
}
