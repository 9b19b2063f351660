import type { PeriodScore } from '@cpea/shared/scoring';
import { flagDetail } from './quality-flags';
import './quality-badges.css';
import { useCatalogText, useT, useTranslateMessage } from '../lib/i18n';

/** A period's data-quality flags as badges with their detail in words beside them. */
export function QualityBadges({ score, compact = false }: { score: PeriodScore; compact?: boolean }) {
  const t = useT();
  const catalog = useCatalogText();
  const translateMessage = useTranslateMessage();
  if (score.flags.length === 0) return <span className="muted">{t('assessments.noFlags')}</span>;
  return (
    <ul className={['quality-badges', compact ? 'quality-badges--compact' : ''].filter(Boolean).join(' ')}>
      {score.flags.map((flag) => (
        <li key={flag.flag} className={`quality-badge quality-badge--${flag.flag}`}>
          <span className="quality-badge__label">
            <span aria-hidden="true">⚠ </span>
            {catalog.flags[flag.flag]}
          </span>{' '}
          <span className="quality-badge__detail">{flagDetail(flag, score, t, catalog, translateMessage)}</span>
        </li>
      ))}
    </ul>
  );
}
