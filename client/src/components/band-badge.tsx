import { hasEnoughKpis, scoredKpiCount, type Band } from '@cpea/shared/scoring';
import { useCatalogText, useT } from '../lib/i18n';

/**
 * A band in colour and in words; the colour never carries the meaning alone. Given the
 * score's completeness, a score on too few KPIs to be banded says so instead of "Not scored".
 */
export function BandBadge({ band, completeness }: { band: Band | null | undefined; completeness?: number | null }) {
  const t = useT();
  const catalog = useCatalogText();
  if (!band) {
    const tooFew = completeness != null && completeness > 0 && !hasEnoughKpis(completeness);
    return (
      <span className="band band--none">
        <span className="band__swatch" aria-hidden="true" />
        {tooFew ? t('published.insufficientData', { count: scoredKpiCount(completeness) }) : t('states.notScored')}
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
