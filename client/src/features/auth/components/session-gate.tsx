import { useState, type ReactNode } from 'react';
import { ModalDialog } from '../../../components/modal-dialog';
import { ErrorState, LoadingState } from '../../../components/states';
import { useT } from '../../../lib/i18n';
import { useMe } from '../api/get-me';
import { LoginForm, LoginPage } from './login-form';

/**
 * Shows the sign-in page until someone is signed in, then the app. When the session ends while
 * the app is open (a 401), the screen stays as it is under a sign-in dialog, so nothing typed
 * into a form is lost; signing out reloads the page instead.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const t = useT();
  const [opened, setOpened] = useState(false);
  if (me.data && !opened) setOpened(true);
  if (me.isPending) return <LoadingState label={t('common.checkingSession')} />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!opened) return <LoginPage />;
  return (
    <>
      {children}
      {me.data ? null : <SessionEndedDialog />}
    </>
  );
}

function SessionEndedDialog() {
  const t = useT();
  return (
    <ModalDialog
      className="session-dialog"
      aria-labelledby="session-dialog-title"
      aria-describedby="session-dialog-lead"
      // Escape would leave a screen that can no longer save: the only way on is to sign in.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id="session-dialog-title">{t('common.sessionEnded')}</h2>
      <p id="session-dialog-lead" className="dialog__lead">
        {t('common.sessionEndedLead')}
      </p>
      <LoginForm />
    </ModalDialog>
  );
}
