import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ROLES, ROLE_LABELS, userInputSchema, type User, type UserInput } from '@cpea/shared/user';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { useCreateUser } from '../api/create-user';

const EMPTY: UserInput = { username: '', displayName: '', role: 'analyst', password: '' };
const FIELDS = new Set<string>(Object.keys(EMPTY));

/** A new account, checked by the same schema as the server; a taken username is said on its field. */
export function CreateUserForm({ onCreated }: { onCreated?: (user: User) => void }) {
  const createUser = useCreateUser();
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
        setError('root.server', { type: 'server', message: [errorMessage(error), ...unplaced].join(' ') });
      }
    }
  });

  return (
    <form className="form create-user" noValidate onSubmit={onSubmit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">Add a user</h2>
      <div className="form-grid">
        <FormField
          id="user-username"
          label="Username"
          error={errors.username?.message}
          hint="Letters, digits, dot, dash and underscore; used to sign in"
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
        <FormField id="user-display-name" label="Display name" error={errors.displayName?.message}>
          {(control) => <input {...control} type="text" autoComplete="off" {...register('displayName')} />}
        </FormField>
        <FormField
          id="user-role"
          label="Role"
          error={errors.role?.message}
          hint="Viewers read; analysts also enter, import and submit assessments; admins also approve and manage missions, targets and users"
        >
          {(control) => (
            <select {...control} {...register('role')}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="user-password"
          label="Password"
          error={errors.password?.message}
          hint="10 characters or more; tell it to the person privately"
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
          {isSubmitting ? 'Creating…' : 'Create user'}
        </button>
        <p className="form-note" aria-live="polite">
          {created ? `Created ${created.username} (${ROLE_LABELS[created.role]}).` : ''}
        </p>
      </div>
    </form>
  );
}
