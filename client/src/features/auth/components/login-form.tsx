import { useState, type FormEvent } from 'react';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { useLogIn } from '../api/log-in';

export function LoginForm() {
  const logIn = useLogIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    logIn.mutate({ username: username.trim(), password });
  };

  return (
    <main className="login" id="main">
      <title>Sign in · CPEA</title>
      <h1>Sign in to CPEA</h1>
      <p className="login__lead">Conflict Prevention Effectiveness Assessment</p>
      <form className="login__form" onSubmit={submit} noValidate>
        <FormField id="login-username" label="Username">
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
        <FormField id="login-password" label="Password">
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
            {errorMessage(logIn.error)}
          </p>
        ) : null}
        <button className="button button--primary" type="submit" disabled={logIn.isPending}>
          {logIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="login__help">
        First start? The user is <strong>admin</strong>; its password is the one set in CPEA_ADMIN_PASSWORD or the one
        the server printed when it first started.
      </p>
    </main>
  );
}
