import { useEffect, useId, useRef, useState } from 'react';
import type { Assessment } from '@cpea/shared/assessment';
import type { User } from '@cpea/shared/user';
import { ModalDialog } from '../../../components/modal-dialog';
import { errorMessage } from '../../../components/states';
import { formatPeriod } from '../../../lib/format';
import { useT, useTranslateMessage } from '../../../lib/i18n';
import { useDeleteAssessment } from '../api/delete-assessment';
import { mayDeleteDraft } from '../lib/may-delete';

interface DeleteDraftProps {
  assessment: Assessment;
  user: User | null;
  archived: boolean;
  /** Called once the draft is gone; the caller moves focus, since the button goes with it. */
  onDeleted: (assessment: Assessment) => void;
  className?: string;
}

/**
 * "Delete draft" and the dialog that confirms it. Nothing is shown where the server would refuse.
 * Cancelling returns focus to the button; the server's refusal is shown in the dialog in words.
 */
export function DeleteDraft({ assessment, user, archived, onDeleted, className }: DeleteDraftProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const remove = useDeleteAssessment();
  if (!mayDeleteDraft(assessment, user, archived)) return null;
  const period = formatPeriod(assessment.period);
  const close = () => {
    setOpen(false);
    remove.reset();
    // The dialog is unmounted rather than closed, so focus is given back by hand.
    requestAnimationFrame(() => button.current?.focus());
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className ?? 'button button--small button--danger'}
        onClick={() => setOpen(true)}
      >
        {t('published.deleteDraft')}
        <span className="visually-hidden"> {period}</span>
      </button>
      {open ? (
        <DeleteDialog
          period={period}
          pending={remove.isPending}
          failure={remove.error}
          onCancel={close}
          onConfirm={() =>
            // Not mutate's own onSuccess: the list is read again before it would run, this row
            // and so this component are gone by then, and TanStack Query drops the callback.
            remove.mutateAsync(assessment.id).then(
              () => {
                setOpen(false);
                onDeleted(assessment);
              },
              () => undefined, // shown in the dialog from remove.error
            )
          }
        />
      ) : null}
    </>
  );
}

function DeleteDialog({
  period,
  pending,
  failure,
  onCancel,
  onConfirm,
}: {
  period: string;
  pending: boolean;
  failure: unknown;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const id = useId();
  const t = useT();
  const translate = useTranslateMessage();
  const keep = useRef<HTMLButtonElement>(null);
  // Focus starts on the safe choice. The dialog's own effect (a child's, so it runs first) has
  // opened it modal, which focused its first button.
  useEffect(() => keep.current?.focus(), []);
  return (
    <ModalDialog
      className="delete-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-lead`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('published.deleteTitle', { period })}</h2>
      <p id={`${id}-lead`} className="dialog__lead">
        {t('published.deleteLead')}
      </p>
      {failure ? (
        <p className="form-error" role="alert">
          {t('published.deleteFailed')}: {translate(errorMessage(failure))}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--danger" disabled={pending} onClick={onConfirm}>
          {pending ? t('published.deleting') : t('published.deleteConfirm')}
        </button>
        <button ref={keep} type="button" className="button" onClick={onCancel}>
          {t('published.deleteCancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
