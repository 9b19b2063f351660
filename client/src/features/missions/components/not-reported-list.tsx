import { Link } from 'react-router';
import type { PeriodType } from '@cpea/shared/periods';
import { formatPeriod } from '../../../lib/format';
import type { NotReported } from '../lib/portfolio';

interface NotReportedListProps {
  items: NotReported[];
  latest: Partial<Record<PeriodType, string>>;
}

/** Missions whose latest assessment is older than the portfolio's latest period of their period type. */
export function NotReportedList({ items, latest }: NotReportedListProps) {
  const latestText = [
    latest.quarter ? `quarter ${formatPeriod(latest.quarter)}` : null,
    latest.month ? `month ${formatPeriod(latest.month)}` : null,
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <section className="not-reported" aria-labelledby="not-reported-title">
      <h2 id="not-reported-title">Not reported for the latest period</h2>
      <p className="not-reported__lead">
        {latestText
          ? `Missions whose latest assessment is older than the portfolio’s latest ${latestText}.`
          : 'No mission has reported yet.'}
      </p>
      {items.length === 0 ? (
        <p className="not-reported__none">Every mission shown has reported for the latest period.</p>
      ) : (
        <ul className="not-reported__list">
          {items.map(({ mission, expected }) => (
            <li key={mission.id}>
              <Link to={`/missions/${mission.id}`}>{mission.acronym}</Link>{' '}
              <span className="not-reported__name">{mission.name}</span>:{' '}
              {mission.latestPeriod ? `last reported ${formatPeriod(mission.latestPeriod)}` : 'no assessment yet'}
              {expected && mission.periodType === 'month' && latest.quarter ? (
                <span className="muted"> (reports monthly; latest month {formatPeriod(expected)})</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
