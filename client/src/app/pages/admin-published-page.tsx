import { Breadcrumbs } from '../../components/breadcrumbs';
import { useHasRole } from '../../features/auth/api/get-me';
import { AdminNav } from '../../features/admin/components/admin-nav';
import { RepublishPanel } from '../../features/admin/components/republish-panel';
import { useT } from '../../lib/i18n';

export function AdminPublishedPage() {
  const isAdmin = useHasRole('admin');
  const t = useT();
  return (
    <div className="page">
      <title>{t('published.republishTitle')}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: t('admin.breadcrumb') },
          { label: t('published.republishNav') },
        ]}
      />
      <h1>{t('published.republishNav')}</h1>
      {isAdmin ? (
        <>
          <AdminNav />
          <RepublishPanel />
        </>
      ) : (
        <p className="note">{t('published.republishAdminOnly')}</p>
      )}
    </div>
  );
}
