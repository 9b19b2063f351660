import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../../components/states';
import { useMe } from '../api/get-me';
import { LoginForm } from './login-form';

/** Shows the sign-in form until someone is signed in, then the app. */
export function SessionGate({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <LoadingState label="Checking your session…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoginForm />;
  return <>{children}</>;
}
