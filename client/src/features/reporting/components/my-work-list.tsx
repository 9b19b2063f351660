import { Link } from 'react-router';
import type { MyWork } from '@cpea/shared/reporting';
import { formatPeriod } from '../../../lib/format';
import { useMissionName, useT } from '../../../lib/i18n';
import '../reporting.css';

type Item = MyWork['drafts'][number] & { comment?: string; by?: string | null };

/** One list of work waiting, each item linked to where it is done. */
export function MyWorkList({
  id,
  title,
  empty,
  items,
  to,
}: {
  id: string;
  title: string;
  empty: string;
  items: readonly Item[];
  to: (item: Item) => string;
}) {
  const t = useT();
  const missionName = useMissionName();
  return (
    <section className="my-work" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="my-work__count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="my-work__list">
          {items.map((item) => (
            <li key={item.assessmentId}>
              <Link to={to(item)}>
                {t('myWork.item', { acronym: item.mission.acronym, period: formatPeriod(item.period) })}
              </Link>{' '}
              <span className="muted">{missionName(item.mission)}</span>
              {item.comment ? (
                <blockquote className="my-work__comment">
                  <p>{t('myWork.sentBackBy', { by: item.by ?? t('audit.system'), comment: item.comment })}</p>
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
