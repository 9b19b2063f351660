import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { AuditEntry } from '@cpea/shared/audit';
import type { User } from '@cpea/shared/user';
import { TableScroll } from '../../../components/data-table';
import { MISSING, formatPeriod } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { auditActionLabel, auditEntityLabel, formatAuditTime } from '../lib/audit-labels';
import { AuditDiff } from './audit-diff';

interface AuditLogTableProps {
  entries: readonly AuditEntry[];
  /** To name the users an entry is about. */
  users: readonly User[];
  caption: string;
}

function EntityId({ entry, users }: { entry: AuditEntry; users: readonly User[] }) {
  if (entry.entityId == null) return <span className="muted">{MISSING}</span>;
  if (entry.entity === 'mission' || entry.entity === 'targets') {
    return <Link to={`/missions/${entry.entityId}`}>{entry.entityId}</Link>;
  }
  if (entry.entity === 'user') {
    const user = users.find((candidate) => candidate.id === entry.entityId);
    return (
      <>
        {entry.entityId}
        {user ? <span className="muted"> ({user.username})</span> : null}
      </>
    );
  }
  return <>{entry.entityId}</>;
}

/** The audit trail, newest first; each entry opens to show its before and after field by field. */
export function AuditLogTable({ entries, users, caption }: AuditLogTableProps) {
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <TableScroll>
      <table className="data-table data-table--cards audit-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col" className="num">
              {t('audit.id')}
            </th>
            <th scope="col">{t('audit.mission')}</th>
            <th scope="col">{t('audit.period')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            const detailsId = `audit-entry-${entry.id}-changes`;
            const what = {
              action: auditActionLabel(entry.action, t),
              entity: auditEntityLabel(entry.entity, t).toLowerCase(),
              time: formatAuditTime(entry.at),
            };
            return (
              <Fragment key={entry.id}>
                <tr className={expanded ? 'audit-table__row--open' : undefined}>
                  <th scope="row" className="audit-table__when">
                    <time dateTime={entry.at}>{what.time}</time>
                  </th>
                  <td data-label={t('audit.who')}>
                    {entry.username ?? <span className="muted">{t('audit.system')}</span>}
                  </td>
                  <td data-label={t('audit.action')}>{what.action}</td>
                  <td data-label={t('audit.entity')}>{auditEntityLabel(entry.entity, t)}</td>
                  <td className="num" data-label={t('audit.id')}>
                    <EntityId entry={entry} users={users} />
                  </td>
                  <td data-label={t('audit.mission')}>
                    {entry.missionId == null ? (
                      <span className="muted">{MISSING}</span>
                    ) : (
                      <Link to={`/missions/${entry.missionId}`}>{entry.missionAcronym ?? entry.missionId}</Link>
                    )}
                  </td>
                  <td data-label={t('audit.period')}>
                    {entry.period ? formatPeriod(entry.period) : <span className="muted">{MISSING}</span>}
                  </td>
                  <td data-label={t('audit.changes')}>
                    <button
                      type="button"
                      className="button button--small"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailsId : undefined}
                      onClick={() => toggle(entry.id)}
                    >
                      <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>{' '}
                      {expanded ? t('audit.hideChanges') : t('audit.showChanges')}
                    </button>
                  </td>
                </tr>
                {expanded ? (
                  <tr id={detailsId} className="audit-table__details">
                    <td colSpan={8}>
                      <AuditDiff
                        entry={entry}
                        caption={
                          entry.entityId == null
                            ? t('audit.changesOfNoId', what)
                            : t('audit.changesOf', { ...what, id: String(entry.entityId) })
                        }
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
