import { useState, type FormEvent } from 'react';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { useT, useTranslateMessage } from '../../../lib/i18n';
import { useLogIn } from '../api/log-in';

/** The sign-in form: on the sign-in page, and in the dialog when a session ends mid-work. */
export function LoginForm() {
  const logIn = useLogIn();
  const t = useT();
  const translate = useTranslateMessage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    logIn.mutate({ username: username.trim(), password });
  };

  return (
    <form className="login__form" onSubmit={submit} noValidate>
      <FormField id="login-username" label={t('login.username')}>
        {(control) => (
          <input
            {...control}
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="login-password" label={t('login.password')}>
        {(control) => (
          <input
            {...control}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </FormField>
      {logIn.isError ? (
        <p className="form-error" role="alert">
          {translate(errorMessage(logIn.error))}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={logIn.isPending}>
        {logIn.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}

export function LoginPage() {
  const t = useT();
  return (
    <main className="login" id="main">
      <title>{t('login.title')}</title>
      <h1>{t('login.heading')}</h1>
      <p className="login__lead">{t('layout.brandName')}</p>
      <LoginForm />
      <p className="login__help">
        {t('login.helpBefore')} <strong>admin</strong>
        {t('login.helpAfter')}
      </p>
    </main>
  );
}
