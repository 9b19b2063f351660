import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ROLES, userInputSchema, type User, type UserInput } from '@cpea/shared/user';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { useCreateUser } from '../api/create-user';
import { useCatalogText, useT, useTranslateMessage } from '../../../lib/i18n';

const EMPTY: UserInput = { username: '', displayName: '', role: 'analyst', password: '' };
const FIELDS = new Set<string>(Object.keys(EMPTY));

/** A new account, checked by the same schema as the server; a taken username is said on its field. */
export function CreateUserForm({ onCreated }: { onCreated?: (user: User) => void }) {
  const createUser = useCreateUser();
  const t = useT();
  const catalog = useCatalogText();
  const translate = useTranslateMessage();
  const [created, setCreated] = useState<User | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<UserInput>({ resolver: zodResolver(userInputSchema), defaultValues: EMPTY });

  const onSubmit = handleSubmit(async (input) => {
    setCreated(null);
    try {
      const user = await createUser.mutateAsync(input);
      reset(EMPTY);
      setCreated(user);
      onCreated?.(user);
    } catch (error) {
      const unplaced: string[] = [];
      if (isApiError(error)) {
        for (const issue of error.issues) {
          const field = issue.path.split('.')[0];
          if (FIELDS.has(field)) setError(field as keyof UserInput, { type: 'server', message: issue.message });
          else unplaced.push(issue.message);
        }
        const first = error.issues.map((issue) => issue.path.split('.')[0]).find((field) => FIELDS.has(field));
        if (first) setFocus(first as keyof UserInput);
      }
      if (!isApiError(error) || error.issues.length === 0 || unplaced.length > 0) {
        const message = [errorMessage(error), ...unplaced].map(translate).join(' ');
        setError('root.server', { type: 'server', message });
      }
    }
  });

  return (
    <form className="form create-user" noValidate onSubmit={onSubmit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('admin.addUser')}</h2>
      <div className="form-grid">
        <FormField
          id="user-username"
          label={t('admin.username')}
          error={errors.username?.message}
          hint={t('admin.usernameHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              {...register('username')}
            />
          )}
        </FormField>
        <FormField id="user-display-name" label={t('admin.displayName')} error={errors.displayName?.message}>
          {(control) => <input {...control} type="text" autoComplete="off" {...register('displayName')} />}
        </FormField>
        <FormField id="user-role" label={t('admin.role')} error={errors.role?.message} hint={t('admin.roleHint')}>
          {(control) => (
            <select {...control} {...register('role')}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {catalog.roles[role]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="user-password"
          label={t('admin.password')}
          error={errors.password?.message}
          hint={t('admin.passwordHint')}
        >
          {(control) => <input {...control} type="password" autoComplete="new-password" {...register('password')} />}
        </FormField>
      </div>
      <div className="form-actions">
        {errors.root?.server?.message ? (
          <p className="form-error" role="alert">
            {errors.root.server.message}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('admin.creating') : t('admin.createUser')}
        </button>
        <p className="form-note" aria-live="polite">
          {created ? t('admin.created', { username: created.username, role: catalog.roles[created.role] }) : ''}
        </p>
      </div>
    </form>
  );
}
