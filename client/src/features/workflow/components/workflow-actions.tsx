import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { REOPEN_COMMENT_REQUIRED, type Assessment } from '@cpea/shared/assessment';
import { hasRole, type User } from '@cpea/shared/user';
import { FieldError } from '../../../components/form-field';
import { ModalDialog } from '../../../components/modal-dialog';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { formatPeriod } from '../../../lib/format';
import { useApproveAssessment } from '../api/approve-assessment';
import { useReopenAssessment } from '../api/reopen-assessment';
import { useSubmitAssessment } from '../api/submit-assessment';
import '../workflow.css';
import { useT, useTranslateMessage } from '../../../lib/i18n';
import { missionKeys } from '../../../lib/mission-keys';

type Step = 'submit' | 'approve' | 'reopen';

/**
 * The workflow steps the signed-in user may take on one assessment: Submit (its author or an
 * admin, draft), Approve and Send back to draft (admin). Each sends the version it was shown, so
 * a step taken on a stale copy is refused with a 409 that is explained in words. Steps the
 * server would refuse are not offered: none on an archived mission, and Approve is disabled,
 * with the reason, for the author or last editor while another admin could approve instead.
 */
export function WorkflowActions({
  assessment,
  user,
  archived,
  activeAdmins,
}: {
  assessment: Assessment;
  user: User | null;
  archived: boolean;
  /** Admins who could approve, when known: with another one, an admin's own work waits for them. */
  activeAdmins: number | undefined;
}) {
  const submit = useSubmitAssessment();
  const approve = useApproveAssessment();
  const reopen = useReopenAssessment();
  const t = useT();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Exclude<Step, 'submit'> | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const wasOpen = useRef(false);
  // Closing the dialog, however it closes, puts focus back on the button that opened it or, once the
  // step has replaced that button, on the row's next step, so a keyboard user stays in the row.
  useEffect(() => {
    if (dialog != null) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const button = opener.current;
    const target =
      button?.isConnected && !button.disabled
        ? button
        : (container.current?.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? container.current);
    target?.focus();
  }, [dialog]);
  const [failure, setFailure] = useState<{ step: Step; error: unknown } | null>(null);
  const period = formatPeriod(assessment.period);
  const role = user?.role ?? null;
  const admin = role != null && hasRole(role, 'admin');
  const own = user != null && (user.id === assessment.authorId || user.id === assessment.lastEditorId);
  const mayTakeSteps = !archived;
  const analyst = role != null && hasRole(role, 'analyst');
  const othersDraft = analyst && !admin && user?.id !== assessment.authorId;
  const canSubmit = mayTakeSteps && analyst && !othersDraft && assessment.status === 'draft';
  const canApprove = mayTakeSteps && admin && assessment.status === 'submitted';
  const fourEyesBlock = canApprove && own && activeAdmins != null && activeAdmins > 1;
  const soleAdminApproval = canApprove && own && activeAdmins === 1;
  const canReopen = mayTakeSteps && admin && (assessment.status === 'submitted' || assessment.status === 'approved');
  const reasonId = useId();
  const mutations = { submit, approve, reopen };
  const reload = () => {
    setFailure(null);
    void queryClient.invalidateQueries({ queryKey: missionKeys.all });
  };
  const pending = submit.isPending || approve.isPending || reopen.isPending;

  async function take(step: Step, comment: string): Promise<boolean> {
    setFailure(null);
    try {
      await mutations[step].mutateAsync({ id: assessment.id, step: { version: assessment.version, comment } });
      setDialog(null);
      return true;
    } catch (error) {
      setFailure({ step, error });
      return false;
    }
  }

  if (!canSubmit && !canApprove && !canReopen) {
    const why =
      assessment.status === 'approved'
        ? t('workflow.approved')
        : archived
          ? t('workflow.archived')
          : othersDraft && assessment.status === 'draft'
            ? t('workflow.othersDraft')
            : t('workflow.noStep');
    return <span className="muted">{why}</span>;
  }
  const inlineFailure = failure && (failure.step === 'submit' || dialog == null) ? failure : null;
  const openDialog = (step: 'approve' | 'reopen', event: MouseEvent<HTMLButtonElement>) => {
    opener.current = event.currentTarget;
    setFailure(null);
    setDialog(step);
  };

  return (
    <div className="workflow" ref={container} tabIndex={-1}>
      <div className="workflow__buttons">
        {canSubmit ? (
          <StepButton
            label={t('workflow.submit')}
            period={period}
            disabled={pending}
            onClick={() => void take('submit', '')}
          />
        ) : null}
        {canApprove ? (
          <StepButton
            label={t('workflow.approve')}
            period={period}
            disabled={pending || fourEyesBlock}
            describedBy={fourEyesBlock ? reasonId : undefined}
            onClick={(event) => openDialog('approve', event)}
          />
        ) : null}
        {canReopen ? (
          <StepButton
            label={t('workflow.reopen')}
            period={period}
            disabled={pending}
            onClick={(event) => openDialog('reopen', event)}
          />
        ) : null}
      </div>
      {fourEyesBlock ? (
        <p id={reasonId} className="muted workflow__reason">
          {t('workflow.fourEyes')}
        </p>
      ) : null}
      {inlineFailure ? <StepFailure step={inlineFailure.step} error={inlineFailure.error} onReload={reload} /> : null}
      {dialog ? (
        <CommentDialog
          step={dialog}
          period={period}
          soleAdmin={soleAdminApproval}
          pending={pending}
          failure={failure?.step === dialog ? failure.error : null}
          onConfirm={(comment) => take(dialog, comment)}
          onClose={() => {
            setDialog(null);
            setFailure(null);
          }}
          onReload={() => {
            reload();
            setDialog(null);
          }}
        />
      ) : null}
    </div>
  );
}

function StepFailure({ step, error, onReload }: { step: Step; error: unknown; onReload: () => void }) {
  const conflict = isApiError(error) && error.status === 409;
  const t = useT();
  const translate = useTranslateMessage();
  return (
    <div className="workflow__error" role="alert">
      <p>
        {t(`workflow.failed.${step}`)}: {translate(errorMessage(error))}
        {conflict ? t('workflow.reloadHint') : ''}
      </p>
      {conflict ? (
        <button type="button" className="button button--small" onClick={onReload}>
          {t('workflow.reload')}
        </button>
      ) : null}
    </div>
  );
}

interface CommentDialogProps {
  step: 'approve' | 'reopen';
  period: string;
  /** Approving one's own work as the only admin: said before, and recorded in the audit trail. */
  soleAdmin: boolean;
  pending: boolean;
  failure: unknown;
  onConfirm: (comment: string) => Promise<boolean>;
  onClose: () => void;
  onReload: () => void;
}

/** A modal asking for the step's comment: optional to approve, required to send back to draft. */
function CommentDialog({
  step,
  period,
  soleAdmin,
  pending,
  failure,
  onConfirm,
  onClose,
  onReload,
}: CommentDialogProps) {
  const id = useId();
  const t = useT();
  const translate = useTranslateMessage();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const required = step === 'reopen';
  const title = step === 'reopen' ? t('workflow.reopenTitle', { period }) : t('workflow.approveTitle', { period });

  return (
    <ModalDialog
      className="workflow-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (required && comment.trim() === '') {
            setMissing(true);
            return;
          }
          void onConfirm(comment.trim());
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="dialog__lead">{step === 'reopen' ? t('workflow.reopenLead') : t('workflow.approveLead')}</p>
        {step === 'approve' && soleAdmin ? <p className="dialog__lead">{t('workflow.onlyAdmin')}</p> : null}
        <div className={['field', missing ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
          <label className="field__label" htmlFor={`${id}-comment`}>
            {t('workflow.comment')}
            <span className="field__unit"> ({required ? t('workflow.required') : t('workflow.optional')})</span>
          </label>
          <textarea
            id={`${id}-comment`}
            rows={3}
            value={comment}
            required={required}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-comment-error` : undefined}
            onChange={(event) => {
              setComment(event.target.value);
              if (event.target.value.trim()) setMissing(false);
            }}
          />
          {missing ? <FieldError id={`${id}-comment-error`} message={translate(REOPEN_COMMENT_REQUIRED)} /> : null}
        </div>
        {failure ? <StepFailure step={step} error={failure} onReload={onReload} /> : null}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? t('workflow.sending') : step === 'reopen' ? t('workflow.reopen') : t('workflow.approve')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('workflow.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

/** A workflow step; the period is read out so each row's button has its own name. */
function StepButton({
  label,
  period,
  disabled,
  describedBy,
  onClick,
}: {
  label: string;
  period: string;
  disabled: boolean;
  /** The id of the text saying why the step is not open. */
  describedBy?: string;
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  return (
    <button
      type="button"
      className="button button--small"
      disabled={disabled}
      aria-describedby={describedBy}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden"> {period}</span>
    </button>
  );
}
