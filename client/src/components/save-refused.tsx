import { isApiError } from '../lib/api';
import { useT } from '../lib/i18n';

/** Whether a save was refused because someone else saved first: a 409 on the version it was based on. */
export function isStaleVersion(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.issues.some((issue) => issue.path === 'version');
}

/**
 * Why a save was refused, in words, beside the form's Save button. When someone else saved
 * first it offers to throw the form away and load their version, so nobody's edit is lost unseen.
 */
export function SaveRefused({
  message,
  stale,
  onReloadLatest,
}: {
  /** Already in the reader's language. */
  message: string;
  stale: boolean;
  onReloadLatest?: () => void;
}) {
  const t = useT();
  return (
    <div className="form-error" role="alert">
      <p>{message}</p>
      {stale && onReloadLatest ? (
        <button type="button" className="button" onClick={onReloadLatest}>
          {t('common.loadLatest')}
        </button>
      ) : null}
    </div>
  );
}
