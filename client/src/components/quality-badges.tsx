import { FLAG_LABELS, type PeriodScore } from '@cpea/shared/scoring';
import { flagDetail } from './quality-flags';
import './quality-badges.css';

/** A period's data-quality flags as badges with their detail in words beside them. */
export function QualityBadges({ score, compact = false }: { score: PeriodScore; compact?: boolean }) {
  if (score.flags.length === 0) return <span className="muted">No flags</span>;
  return (
    <ul className={['quality-badges', compact ? 'quality-badges--compact' : ''].filter(Boolean).join(' ')}>
      {score.flags.map((flag) => (
        <li key={flag.flag} className={`quality-badge quality-badge--${flag.flag}`}>
          <span className="quality-badge__label">
            <span aria-hidden="true">⚠ </span>
            {FLAG_LABELS[flag.flag]}
          </span>{' '}
          <span className="quality-badge__detail">{flagDetail(flag, score)}</span>
        </li>
      ))}
    </ul>
  );
}
