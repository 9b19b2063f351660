import { Link } from 'react-router';
import type { MyWork } from '@cpea/shared/reporting';
import { DataTable, type Column } from '../../../components/data-table';
import { formatDate, formatPeriod } from '../../../lib/format';
import { useMissionName, useT } from '../../../lib/i18n';
import '../reporting.css';

type Item = MyWork['drafts'][number] & { comment?: string; by?: string | null };

/** One list of work waiting, each item linked to where it is done; sent-back items carry the reason. */
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
  const columns: Column<Item>[] = [
    {
      key: 'assessment',
      header: t('myWork.assessment'),
      rowHeader: true,
      sortValue: (item) => `${item.mission.acronym} ${item.period}`,
      filterText: (item) => `${item.mission.acronym} ${formatPeriod(item.period)} ${missionName(item.mission)}`,
      cell: (item) => (
        <Link to={to(item)}>
          {t('myWork.item', { acronym: item.mission.acronym, period: formatPeriod(item.period) })}
        </Link>
      ),
    },
    { key: 'mission', header: t('myWork.mission'), cell: (item) => missionName(item.mission) },
    {
      key: 'changed',
      header: t('myWork.changed'),
      nowrap: true,
      sortValue: (item) => item.updatedAt,
      firstSort: 'descending',
      cell: (item) => formatDate(item.updatedAt),
    },
  ];
  if (items.some((item) => item.comment)) {
    columns.push({
      key: 'reason',
      header: t('myWork.reason'),
      cell: (item) =>
        item.comment ? t('myWork.sentBackBy', { by: item.by ?? t('audit.system'), comment: item.comment }) : null,
    });
  }
  return (
    <section className="my-work" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="my-work__count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <DataTable
          caption={title}
          captionHidden
          columns={columns}
          rows={items}
          rowKey={(item) => item.assessmentId}
          name={t('myWork.filterName')}
        />
      )}
    </section>
  );
}
