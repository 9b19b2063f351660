import type { ReactNode } from 'react';
import { useTranslateMessage } from '../lib/i18n';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FormFieldProps {
  id: string;
  label: ReactNode;
  /** Shown after the label in a lighter weight, e.g. the unit. */
  unit?: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** Shown last, outside the description: a live note such as the score a value would get. */
  footer?: ReactNode;
  /** Renders the control with the id and ARIA attributes that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its help text and its error in words, both linked by aria-describedby. */
export function FormField({ id, label, unit, hint, error, className, footer, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {unit ? <span className="field__unit"> ({unit})</span> : null}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error ? <FieldError id={errorId as string} message={error} /> : null}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {footer}
    </div>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A checkbox with its label to the right, as people expect. */
export function CheckboxField({ id, label, hint, error, children }: CheckboxFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', 'field--checkbox', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <div className="field__checkbox-row">
        {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {error ? <FieldError id={errorId as string} message={error} /> : null}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  const translate = useTranslateMessage();
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {translate(message)}
    </p>
  );
}
