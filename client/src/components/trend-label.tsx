import type { TrendClass } from '@cpea/shared/scoring';
import { useCatalogText } from '../lib/i18n';

const ARROWS: Record<TrendClass, string> = {
  improving: '↗',
  stable: '→',
  deteriorating: '↘',
  insufficient_data: '·',
};

/** A trend as an arrow and a word. */
export function TrendLabel({ trend }: { trend: TrendClass }) {
  const catalog = useCatalogText();
  return (
    <span className={`trend trend--${trend}`}>
      <span className="trend__arrow" aria-hidden="true">
        {ARROWS[trend]}
      </span>{' '}
      {catalog.trends[trend]}
    </span>
  );
}
