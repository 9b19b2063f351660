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
import { useT } from '../../lib/i18n';

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
  const [search, setSearch] = useSearchParams();
  const values = filterValuesFromSearch(search);
  const parsed = parseAuditFilters(values, search.get('limit'));
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

  const active = AUDIT_FILTER_FIELDS.filter((field) => values[field]).length;
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
          <p className="state__title">The filters in this address are not valid</p>
          <p>{Object.values(parsed.errors).join('. ')}. Showing the latest entries without filters.</p>
        </div>
      ) : null}
      {audit.isPending ? (
        <LoadingState label={t('admin.loadingAudit')} />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.length === 0 ? (
        <EmptyState title="No entries">
          <p>
            {active > 0
              ? 'Nothing matches these filters. Clear them to see everything.'
              : 'Nothing has been recorded yet.'}
          </p>
        </EmptyState>
      ) : (
        <>
          <AuditLogTable
            entries={audit.data}
            users={users.data ?? []}
            caption={`${audit.data.length.toLocaleString('en')} ${audit.data.length === 1 ? 'entry' : 'entries'}${
              active > 0 ? ' matching the filters' : ''
            }, newest first`}
          />
          {audit.data.length >= limit ? (
            <div className="audit-more">
              <p className="muted">Only the latest {limit.toLocaleString('en')} are shown.</p>
              {limit < MAX_LIMIT ? (
                <button type="button" className="button button--small" onClick={showMore}>
                  Show {Math.min(DEFAULT_AUDIT_LIMIT, MAX_LIMIT - limit)} more
                </button>
              ) : (
                <p className="muted">Narrow the filters to see older entries.</p>
              )}
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
