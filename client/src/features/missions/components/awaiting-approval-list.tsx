import { Link } from 'react-router';
import { formatPeriod } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { AwaitingApproval } from '../lib/portfolio';

/** Submitted assessments an admin has yet to approve or send back, each linked to its mission's assessments. */
export function AwaitingApprovalList({ items }: { items: readonly AwaitingApproval[] }) {
  const t = useT();
  return (
    <section className="not-reported awaiting-approval" aria-labelledby="awaiting-title">
      <h2 id="awaiting-title">{t('awaiting.heading')}</h2>
      {items.length === 0 ? (
        <p className="not-reported__none">{t('awaiting.none')}</p>
      ) : (
        <>
          <p className="not-reported__lead">{t('awaiting.lead')}</p>
          <ul className="not-reported__list">
            {items.map(({ mission, assessmentId, period }) => (
              <li key={assessmentId}>
                <Link to={`/missions/${mission.id}#assessments`}>
                  {t('awaiting.item', { acronym: mission.acronym, period: formatPeriod(period) })}
                </Link>{' '}
                <span className="not-reported__name">{mission.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
