import { Breadcrumbs } from '../../components/breadcrumbs';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useHasRole, useMe } from '../../features/auth/api/get-me';
import { useUsers } from '../../features/admin/api/get-users';
import { AdminNav } from '../../features/admin/components/admin-nav';
import { CreateUserForm } from '../../features/admin/components/create-user-form';
import { UsersTable } from '../../features/admin/components/users-table';

export function AdminUsersPage() {
  const isAdmin = useHasRole('admin');
  return (
    <div className="page">
      <title>Users · Admin · CPEA</title>
      <Breadcrumbs items={[{ label: 'Overview', to: '/' }, { label: 'Admin' }, { label: 'Users' }]} />
      <h1>Users</h1>
      {isAdmin ? (
        <>
          <AdminNav />
          <UsersSection />
          <CreateUserForm />
        </>
      ) : (
        <p className="note">Only an admin can manage users. Ask your CPEA administrator.</p>
      )}
    </div>
  );
}

function UsersSection() {
  const users = useUsers();
  const me = useMe();
  if (users.isPending) return <LoadingState label="Loading users…" />;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  if (users.data.length === 0) return <EmptyState title="No users yet" />;
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">Accounts</h2>
      <p className="muted">
        Viewers read; analysts also enter, import and submit assessments; admins also approve and manage missions,
        targets and users. Disabling an account or resetting its password signs the person out everywhere.
      </p>
      <UsersTable users={users.data} meId={me.data?.id ?? null} />
    </section>
  );
}
