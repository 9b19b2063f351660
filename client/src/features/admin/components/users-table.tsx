import { useId, useState, type FormEvent } from 'react';
import { ROLES, userPatchSchema, type Role, type User } from '@cpea/shared/user';
import { DataTable, type Column } from '../../../components/data-table';
import { FieldError } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { formatDate } from '../../../lib/format';
import { useUpdateUser } from '../api/update-user';
import { useCatalogText, useT } from '../../../lib/i18n';

interface UsersTableProps {
  users: readonly User[];
  /** The signed-in admin, whom the server will not let disable or demote themselves. */
  meId: number | null;
}

/** Every account with its role, status and what an admin can do to it. */
export function UsersTable({ users, meId }: UsersTableProps) {
  const t = useT();
  const catalog = useCatalogText();
  const columns: Column<User>[] = [
    {
      key: 'username',
      header: t('admin.username'),
      rowHeader: true,
      sortValue: (user) => user.username,
      cell: (user) => (
        <>
          <span className="users-table__username">{user.username}</span>
          {user.id === meId ? <span className="users-table__you">{t('admin.you')}</span> : null}
          <span className="users-table__since">{t('admin.since', { date: formatDate(user.createdAt) })}</span>
        </>
      ),
    },
    {
      key: 'name',
      header: t('admin.displayName'),
      sortValue: (user) => user.displayName,
      cell: (user) => user.displayName,
    },
    {
      key: 'status',
      header: t('admin.status'),
      nowrap: true,
      sortValue: (user) => (user.disabled ? t('admin.disabled') : t('admin.active')),
      cell: (user) => (
        <span className={`user-status user-status--${user.disabled ? 'disabled' : 'active'}`}>
          <span aria-hidden="true">{user.disabled ? '⊘ ' : '● '}</span>
          {user.disabled ? t('admin.disabled') : t('admin.active')}
        </span>
      ),
    },
    {
      key: 'role',
      header: t('admin.role'),
      sortValue: (user) => catalog.roles[user.role],
      cell: (user) => <RoleControl user={user} />,
    },
    { key: 'access', header: t('admin.access'), cell: (user) => <AccessControl user={user} /> },
    { key: 'password', header: t('admin.resetPassword'), cell: (user) => <PasswordControl user={user} /> },
  ];
  return (
    <DataTable
      caption={t('admin.users')}
      captionHidden
      className="users-table"
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      rowClassName={(user) => (user.disabled ? 'row--muted' : undefined)}
      name={t('admin.usersFilterName')}
    />
  );
}

/** What happened to the last change made in a cell, in words next to the control. */
type Feedback = { ok: true; message: string } | { ok: false; message: string } | null;

function Feedback({ id, feedback }: { id: string; feedback: Feedback }) {
  return (
    <div aria-live="polite" className="users-table__feedback">
      {feedback == null ? null : feedback.ok ? (
        <p className="users-table__ok" id={id}>
          <span aria-hidden="true">✓ </span>
          {feedback.message}
        </p>
      ) : (
        <FieldError id={id} message={feedback.message} />
      )}
    </div>
  );
}

function RoleControl({ user }: { user: User }) {
  const t = useT();
  const catalog = useCatalogText();
  const update = useUpdateUser();
  // The choice not yet applied; otherwise the select shows the role on record.
  const [draft, setDraft] = useState<Role | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = useId();
  const role = draft ?? user.role;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    try {
      const updated = await update.mutateAsync({ id: user.id, patch: { role } });
      setFeedback({ ok: true, message: t('admin.nowRole', { role: catalog.roles[updated.role] }) });
    } catch (error) {
      setFeedback({ ok: false, message: errorMessage(error) });
    } finally {
      setDraft(null);
    }
  };
  return (
    <form className="users-table__control" onSubmit={submit}>
      <label htmlFor={`${id}-role`} className="visually-hidden">
        {t('admin.roleOf', { username: user.username })}
      </label>
      <span className="users-table__inline">
        <select
          id={`${id}-role`}
          value={role}
          onChange={(event) => setDraft(event.target.value as Role)}
          aria-describedby={feedback ? `${id}-feedback` : undefined}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {catalog.roles[option]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small" disabled={update.isPending || role === user.role}>
          {t('admin.changeRole')}
          <span className="visually-hidden">{t('admin.ofUser', { username: user.username })}</span>
        </button>
      </span>
      <Feedback id={`${id}-feedback`} feedback={feedback} />
    </form>
  );
}

function AccessControl({ user }: { user: User }) {
  const t = useT();
  const update = useUpdateUser();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = useId();
  const toggle = async () => {
    setFeedback(null);
    try {
      const updated = await update.mutateAsync({ id: user.id, patch: { disabled: !user.disabled } });
      setFeedback({
        ok: true,
        message: updated.disabled ? t('admin.disabledDone') : t('admin.enabledDone'),
      });
    } catch (error) {
      setFeedback({ ok: false, message: errorMessage(error) });
    }
  };
  return (
    <div className="users-table__control">
      <button
        type="button"
        className="button button--small"
        disabled={update.isPending}
        aria-describedby={feedback ? `${id}-feedback` : undefined}
        onClick={() => void toggle()}
      >
        {user.disabled ? t('admin.enable') : t('admin.disable')}
        <span className="visually-hidden"> {user.username}</span>
      </button>
      <Feedback id={`${id}-feedback`} feedback={feedback} />
    </div>
  );
}

function PasswordControl({ user }: { user: User }) {
  const t = useT();
  const update = useUpdateUser();
  const [password, setPassword] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    const checked = userPatchSchema.safeParse({ password });
    if (!checked.success) {
      setFeedback({ ok: false, message: checked.error.issues[0].message });
      return;
    }
    try {
      await update.mutateAsync({ id: user.id, patch: { password } });
      setPassword('');
      setFeedback({ ok: true, message: t('admin.passwordDone') });
    } catch (error) {
      setFeedback({ ok: false, message: errorMessage(error) });
    }
  };
  return (
    <form className="users-table__control" noValidate onSubmit={submit}>
      <label htmlFor={`${id}-password`} className="visually-hidden">
        {t('admin.newPasswordFor', { username: user.username })}
      </label>
      <span className="users-table__inline">
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="new-password"
          placeholder={t('admin.newPassword')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={feedback && !feedback.ok ? true : undefined}
          aria-describedby={feedback ? `${id}-feedback` : undefined}
        />
        <button type="submit" className="button button--small" disabled={update.isPending}>
          {t('admin.resetPassword')}
          <span className="visually-hidden">{t('admin.ofUser', { username: user.username })}</span>
        </button>
      </span>
      <Feedback id={`${id}-feedback`} feedback={feedback} />
    </form>
  );
}
