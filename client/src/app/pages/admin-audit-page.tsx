import { useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useHasRole } from '../../features/auth/api/get-me';
import { useAudit } from '../../features/admin/api/get-audit';
import { useUsers } from '../../features/admin/api/get-users';
import { AdminNav } from '../../features/admin/components/admin-nav';
import { AuditFiltersForm } from '../../features/admin/components/audit-filters-form';
import { AuditLogTable } from '../../features/admin/components/audit-log-table';
import { auditCsvUrl } from '../../features/admin/api/get-audit';
import { useMissions } from '../../features/missions/api/get-missions';
import {
  AUDIT_FILTER_FIELDS,
  AUDIT_PAGE_SIZE,
  filterValuesFromSearch,
  parseAuditFilters,
  type AuditFilterValues,
} from '../../features/admin/lib/audit-filters';
import { useT, useTranslateMessage } from '../../lib/i18n';

export function AdminAuditPage() {
  const isAdmin = useHasRole('admin');
  const t = useT();
  return (
    <div className="page">
      <title>{t('admin.auditTitle')}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: t('admin.breadcrumb') },
          { label: t('admin.audit') },
        ]}
      />
      <h1>{t('admin.audit')}</h1>
      {isAdmin ? (
        <>
          <AdminNav />
          <AuditTrail />
        </>
      ) : (
        <p className="note">{t('admin.auditAdminOnly')}</p>
      )}
    </div>
  );
}

function AuditTrail() {
  const t = useT();
  const translate = useTranslateMessage();
  const [search, setSearch] = useSearchParams();
  const values = filterValuesFromSearch(search);
  const parsed = parseAuditFilters(values, t);
  const filters = parsed.ok ? parsed.filters : {};
  // Keyset paging: a page holds the entries older than the last one of the page before.
  const before = Number(search.get('before')) || undefined;
  const audit = useAudit({ ...filters, before, limit: AUDIT_PAGE_SIZE });
  const users = useUsers();
  const missions = useMissions({ includeArchived: true });

  const apply = (next: AuditFilterValues) => {
    const params = new URLSearchParams();
    for (const field of AUDIT_FILTER_FIELDS) if (next[field]) params.set(field, next[field]);
    setSearch(params);
  };
  const pageFrom = (entryId: number | null) => {
    const params = new URLSearchParams(search);
    if (entryId == null) params.delete('before');
    else params.set('before', String(entryId));
    setSearch(params);
  };

  // Filters that are not valid are not applied, so the trail is not "matching" them.
  const active = parsed.ok ? AUDIT_FILTER_FIELDS.filter((field) => values[field]).length : 0;
  const entries = audit.data ?? [];
  return (
    <>
      <p className="page-header__lead">{t('admin.auditLead')}</p>
      <AuditFiltersForm
        // A new address (back, forward, a pasted link) starts the form again from it.
        key={search.toString()}
        initial={values}
        users={users.data ?? []}
        missions={missions.data ?? []}
        onApply={apply}
        onClear={() => setSearch(new URLSearchParams())}
      />
      <p>
        <a className="button button--small" href={auditCsvUrl(filters)} download>
          {t(active > 0 ? 'audit.downloadFiltered' : 'audit.download')}
        </a>
      </p>
      {!parsed.ok ? (
        <div className="state state--error" role="alert">
          <p className="state__title">{t('audit.invalidTitle')}</p>
          <p>{t('audit.invalidText', { errors: Object.values(parsed.errors).map(translate).join('. ') })}</p>
        </div>
      ) : null}
      {/* While another page or filter loads, the rows shown would belong to the one before it. */}
      {audit.isPending || audit.isPlaceholderData ? (
        <LoadingState label={t('admin.loadingAudit')} />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : entries.length === 0 && before == null ? (
        <EmptyState title={t('audit.noEntries')}>
          <p>{active > 0 ? t('audit.noMatch') : t('audit.nothingYet')}</p>
        </EmptyState>
      ) : (
        <>
          <AuditLogTable
            entries={entries}
            users={users.data ?? []}
            caption={t.plural(active > 0 ? 'audit.captionFiltered' : 'audit.caption', entries.length)}
          />
          <nav className="audit-more" aria-label={t('audit.pages')}>
            {before != null ? (
              <button type="button" className="button button--small" onClick={() => pageFrom(null)}>
                {t('audit.newest')}
              </button>
            ) : null}
            {entries.length === AUDIT_PAGE_SIZE ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => pageFrom(entries[entries.length - 1].id)}
              >
                {t('audit.older', { count: AUDIT_PAGE_SIZE })}
              </button>
            ) : (
              <p className="muted">{t('audit.end')}</p>
            )}
          </nav>
        </>
      )}
    </>
  );
}
