import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { useT } from '../lib/i18n';
import { ModalDialog } from './modal-dialog';

/** Navigation state of a move that throws the changes away on purpose (after deleting the draft, say). */
export const DISCARDING_CHANGES = { discardingChanges: true } as const;

const discards = (state: unknown) =>
  typeof state === 'object' && state != null && (state as { discardingChanges?: unknown }).discardingChanges === true;

/**
 * Asks before a form with unsaved changes is left: a dialog for a move inside the app, the
 * browser's own question for a reload or a closed tab. `markSaved` lets the move that follows a
 * successful save through without asking, as does a move with the state `DISCARDING_CHANGES`.
 */
export function useUnsavedChanges(dirty: boolean): { dialog: ReactNode; markSaved: () => void } {
  const saved = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !saved.current && !discards(nextLocation.state) && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (saved.current) return;
      event.preventDefault();
      // Older browsers ask only when a return value is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const markSaved = useCallback(() => {
    saved.current = true;
  }, []);

  const dialog =
    blocker.state === 'blocked' ? (
      <UnsavedChangesDialog onStay={() => blocker.reset()} onLeave={() => blocker.proceed()} />
    ) : null;
  return { dialog, markSaved };
}

function UnsavedChangesDialog({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const id = useId();
  const t = useT();
  const stay = useRef<HTMLButtonElement>(null);
  // Focus starts on the safe choice (the dialog, a child, has already opened modal).
  useEffect(() => stay.current?.focus(), []);
  return (
    <ModalDialog
      className="unsaved-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-lead`}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={`${id}-title`}>{t('assessment.unsavedTitle')}</h2>
      <p id={`${id}-lead`} className="dialog__lead">
        {t('assessment.unsavedLead')}
      </p>
      <div className="dialog__actions">
        <button ref={stay} type="button" className="button button--primary" onClick={onStay}>
          {t('assessment.unsavedStay')}
        </button>
        <button type="button" className="button button--danger" onClick={onLeave}>
          {t('assessment.unsavedLeave')}
        </button>
      </div>
    </ModalDialog>
  );
}
