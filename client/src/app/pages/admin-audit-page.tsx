import { useSearchParams } from 'react-router';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useHasRole } from '../../features/auth/api/get-me';
import { useAudit } from '../../features/admin/api/get-audit';
import { useUsers } from '../../features/admin/api/get-users';
import { AdminNav } from '../../features/admin/components/admin-nav';
import { AuditFiltersForm } from '../../features/admin/components/audit-filters-form';
import { AuditLogTable } from '../../features/admin/components/audit-log-table';
import {
  AUDIT_FILTER_FIELDS,
  DEFAULT_AUDIT_LIMIT,
  filterValuesFromSearch,
  parseAuditFilters,
  type AuditFilterValues,
} from '../../features/admin/lib/audit-filters';
import { useT, useTranslateMessage } from '../../lib/i18n';

const MAX_LIMIT = 1000;

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
  const parsed = parseAuditFilters(values, t, search.get('limit'));
  const filters = parsed.ok ? parsed.filters : {};
  const limit = filters.limit ?? DEFAULT_AUDIT_LIMIT;
  const audit = useAudit(filters);
  const users = useUsers();

  const apply = (next: AuditFilterValues) => {
    const params = new URLSearchParams();
    for (const field of AUDIT_FILTER_FIELDS) if (next[field]) params.set(field, next[field]);
    setSearch(params);
  };
  const showMore = () => {
    const params = new URLSearchParams(search);
    params.set('limit', String(Math.min(MAX_LIMIT, limit + DEFAULT_AUDIT_LIMIT)));
    setSearch(params, { preventScrollReset: true });
  };

  // Filters that are not valid are not applied, so the trail is not "matching" them.
  const active = parsed.ok ? AUDIT_FILTER_FIELDS.filter((field) => values[field]).length : 0;
  return (
    <>
      <p className="page-header__lead">{t('admin.auditLead')}</p>
      <AuditFiltersForm
        // A new address (back, forward, a pasted link) starts the form again from it.
        key={search.toString()}
        initial={values}
        users={users.data ?? []}
        onApply={apply}
        onClear={() => setSearch(new URLSearchParams())}
      />
      {!parsed.ok ? (
        <div className="state state--error" role="alert">
          <p className="state__title">{t('audit.invalidTitle')}</p>
          <p>{t('audit.invalidText', { errors: Object.values(parsed.errors).map(translate).join('. ') })}</p>
        </div>
      ) : null}
      {audit.isPending ? (
        <LoadingState label={t('admin.loadingAudit')} />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.length === 0 ? (
        <EmptyState title={t('audit.noEntries')}>
          <p>{active > 0 ? t('audit.noMatch') : t('audit.nothingYet')}</p>
        </EmptyState>
      ) : (
        <>
          <AuditLogTable
            entries={audit.data}
            users={users.data ?? []}
            caption={t.plural(active > 0 ? 'audit.captionFiltered' : 'audit.caption', audit.data.length)}
          />
          {audit.data.length >= limit ? (
            <div className="audit-more">
              <p className="muted">{t('audit.onlyLatest', { limit })}</p>
              {limit < MAX_LIMIT ? (
                <button type="button" className="button button--small" onClick={showMore}>
                  {t('audit.showMore', { count: Math.min(DEFAULT_AUDIT_LIMIT, MAX_LIMIT - limit) })}
                </button>
              ) : (
                <p className="muted">{t('audit.narrow')}</p>
              )}
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
