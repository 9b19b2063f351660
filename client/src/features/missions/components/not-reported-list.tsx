import { Link } from 'react-router';
import type { PeriodType } from '@cpea/shared/periods';
import { formatPeriod } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { NotReported } from '../lib/portfolio';

interface NotReportedListProps {
  items: NotReported[];
  latest: Partial<Record<PeriodType, string>>;
}

/** Missions running in the portfolio's latest period of their period type with nothing reported for it. */
export function NotReportedList({ items, latest }: NotReportedListProps) {
  const t = useT();
  const latestText = [
    latest.quarter ? t('notReported.quarter', { period: formatPeriod(latest.quarter) }) : null,
    latest.month ? t('notReported.month', { period: formatPeriod(latest.month) }) : null,
  ]
    .filter(Boolean)
    .join(t('notReported.and'));
  return (
    <section className="not-reported" aria-labelledby="not-reported-title">
      <h2 id="not-reported-title">{t('notReported.heading')}</h2>
      <p className="not-reported__lead">
        {latestText ? t('notReported.lead', { latest: latestText }) : t('notReported.noneYet')}
      </p>
      {items.length === 0 ? (
        <p className="not-reported__none">{t('notReported.allReported')}</p>
      ) : (
        <ul className="not-reported__list">
          {items.map(({ mission, expected }) => (
            <li key={mission.id}>
              <Link to={`/missions/${mission.id}`}>{mission.acronym}</Link>{' '}
              <span className="not-reported__name">{mission.name}</span>:{' '}
              {mission.latestPeriod
                ? t('notReported.lastReported', { period: formatPeriod(mission.latestPeriod) })
                : t('notReported.noAssessment')}
              {expected && mission.periodType === 'month' && latest.quarter ? (
                <span className="muted">{t('notReported.monthly', { period: formatPeriod(expected) })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
