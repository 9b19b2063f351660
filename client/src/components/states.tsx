import type { ReactNode } from 'react';
import { isApiError } from '../lib/api';
import { useT, useTranslateMessage } from '../lib/i18n';

export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('states.loading')}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}

/** What went wrong, in words, with a way to try again. */
export function ErrorState({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const t = useT();
  const translate = useTranslateMessage();
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? t('states.loadFailed')}</p>
      <p>{translate(errorMessage(error))}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('states.tryAgain')}
        </button>
      ) : null}
    </div>
  );
}

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
