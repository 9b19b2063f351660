import { BANDS, type Band } from '@cpea/shared/scoring';
import { formatNumber } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';

interface PortfolioSummaryProps {
  missions: number;
  bands: Record<Band | 'none', number>;
  awaiting: number;
  notReported: number;
}

/** The missions shown at a glance: how many in each band, awaiting approval and late. */
export function PortfolioSummary({ missions, bands, awaiting, notReported }: PortfolioSummaryProps) {
  const t = useT();
  const catalog = useCatalogText();
  const cards = [
    { key: 'missions', count: missions, label: t('portfolio.missions') },
    ...[...BANDS].reverse().map((band) => ({ key: band, count: bands[band], label: catalog.bands[band] })),
    { key: 'none', count: bands.none, label: t('states.notScored') },
    { key: 'awaiting', count: awaiting, label: t('portfolio.awaiting'), href: '#awaiting-title' },
    { key: 'late', count: notReported, label: t('portfolio.notReported'), href: '#not-reported-title' },
  ];
  return (
    <ul className="portfolio-cards" aria-label={t('portfolio.label')}>
      {cards.map(({ key, count, label, href }) => (
        <li key={key} className={`portfolio-card portfolio-card--${key}`}>
          {href && count > 0 ? (
            <a href={href}>
              <span className="portfolio-card__count">{formatNumber(count)}</span>{' '}
              <span className="portfolio-card__label">{label}</span>
            </a>
          ) : (
            <>
              <span className="portfolio-card__count">{formatNumber(count)}</span>{' '}
              <span className="portfolio-card__label">{label}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
