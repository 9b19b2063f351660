import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../../components/states';
import { useT } from '../../../lib/i18n';
import { useMe } from '../api/get-me';
import { LoginForm } from './login-form';

/** Shows the sign-in form until someone is signed in, then the app. */
export function SessionGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const t = useT();
  if (me.isPending) return <LoadingState label={t('common.checkingSession')} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <LoginForm />;
  return <>{children}</>;
}
