import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { frozenReportInputSchema, type ComparisonQuery, type FrozenReportSummary } from '@cpea/shared/comparison';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { useT, useTranslateMessage } from '../../../lib/i18n';
import { useFreezeReport } from '../api/freeze-report';

interface FreezeReportProps {
  query: ComparisonQuery;
  /** The title offered, which the reader can change. */
  defaultTitle: string;
}

/** "Freeze this report": asks for a title, stores the report as it stands, and links to the stored copy. */
export function FreezeReport({ query, defaultTitle }: FreezeReportProps) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(defaultTitle);
  const [titleError, setTitleError] = useState<string | undefined>();
  const [frozen, setFrozen] = useState<FrozenReportSummary | null>(null);
  const freeze = useFreezeReport();
  const t = useT();
  const translate = useTranslateMessage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = frozenReportInputSchema.safeParse({ ...query, title });
    if (!parsed.success) {
      setTitleError(
        parsed.error.issues.find((issue) => issue.path[0] === 'title')?.message ?? parsed.error.issues[0]?.message,
      );
      input.current?.focus();
      return;
    }
    setTitleError(undefined);
    freeze.mutate(
      { ...query, title: parsed.data.title },
      {
        onSuccess: (report) => {
          setFrozen(report);
          setOpen(false);
        },
        onError: (error) => {
          if (isApiError(error)) setTitleError(error.issues.find((issue) => issue.path === 'title')?.message);
        },
      },
    );
  };

  if (!open) {
    return (
      <>
        <button
          type="button"
          className="button"
          onClick={() => {
            setOpen(true);
            setFrozen(null);
            freeze.reset();
            requestAnimationFrame(() => input.current?.select());
          }}
        >
          {t('compareReport.freezeThis')}
        </button>
        {frozen ? (
          <p className="freeze-done" role="status">
            {t('compareReport.frozenAs', { title: frozen.title })}{' '}
            <Link to={`/reports/${frozen.id}`}>{t('compareReport.openFrozen')}</Link>
          </p>
        ) : null}
      </>
    );
  }

  return (
    <form className="freeze-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="freeze-form__title">
        {t('compareReport.freezeThis')}
      </p>
      <p className="field__hint">{t('compareReport.freezeHint')}</p>
      <FormField id={`${id}-report-title`} label={t('compareReport.title')} error={titleError && translate(titleError)}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="text"
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </FormField>
      {freeze.isError && !titleError ? (
        <p className="form-error" role="alert">
          {translate(errorMessage(freeze.error))}
        </p>
      ) : null}
      <div className="freeze-form__actions">
        <button type="submit" className="button button--primary" disabled={freeze.isPending}>
          {t(freeze.isPending ? 'compareReport.freezing' : 'compareReport.freeze')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
