import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useHasRole, useMe } from '../../features/auth/api/get-me';
import { useUsers } from '../../features/admin/api/get-users';
import { AdminNav } from '../../features/admin/components/admin-nav';
import { CreateUserForm } from '../../features/admin/components/create-user-form';
import { UsersTable } from '../../features/admin/components/users-table';
import { useT } from '../../lib/i18n';

export function AdminUsersPage() {
  const isAdmin = useHasRole('admin');
  const t = useT();
  return (
    <div className="page">
      <title>{t('admin.usersTitle')}</title>
      <Breadcrumbs
        items={[
          { label: t('mission.breadcrumbOverview'), to: '/' },
          { label: t('admin.breadcrumb') },
          { label: t('admin.users') },
        ]}
      />
      <h1>{t('admin.users')}</h1>
      {isAdmin ? (
        <>
          <AdminNav />
          <UsersSection />
          <CreateUserForm />
        </>
      ) : (
        <p className="note">{t('admin.usersAdminOnly')}</p>
      )}
    </div>
  );
}

function UsersSection() {
  const users = useUsers();
  const me = useMe();
  const t = useT();
  if (users.isPending) return <LoadingState label={t('admin.loadingUsers')} />;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (users.data.length === 0) return <EmptyState title={t('admin.noUsers')} />;
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.accounts')}</h2>
      <p className="muted">{t('admin.accountsLead')}</p>
      <UsersTable users={users.data} meId={me.data?.id ?? null} />
    </section>
  );
}
