import { useRef, useState, type FormEvent } from 'react';
import { CheckboxField, FormField } from '../../../components/form-field';
import { parseSelection, type ComparisonSelection, type FieldErrors, type SelectionField } from '../lib/compare-params';
import { MissionPicker, type MissionOption } from './mission-picker';
import { useT, useTranslateMessage, type Translate } from '../../../lib/i18n';

interface ComparisonFormProps {
  missions: readonly MissionOption[];
  /** The selection the URL holds; the page remounts the form when the address changes or on submit. */
  initial: ComparisonSelection;
  /** Errors about the selection in the URL, from the schema or from the server. */
  errors: FieldErrors | null;
  onSubmit: (selection: ComparisonSelection) => void;
}

/** The hint and example for the range, in the period type of the missions chosen. */
function periodFormat(missions: readonly MissionOption[], selected: readonly number[], t: Translate) {
  const types = new Set(missions.filter((m) => selected.includes(m.id)).map((m) => m.periodType));
  if (types.size === 1 && types.has('month'))
    return { hint: t('compareForm.monthHint'), from: '2024-01', to: '2024-12' };
  if (types.size === 1) return { hint: t('compareForm.quarterHint'), from: '2024Q1', to: '2024Q4' };
  return { hint: t('compareForm.mixedHint'), from: '2024Q1', to: '2024Q4' };
}

/** Missions, period range and "approved only"; checked with the server's own schema before it asks. */
export function ComparisonForm({ missions, initial, errors, onSubmit }: ComparisonFormProps) {
  const [selection, setSelection] = useState(initial);
  const t = useT();
  const translate = useTranslateMessage();
  const [submitted, setSubmitted] = useState<FieldErrors | null>(null);
  // A control the reader has changed since the errors were given no longer shows its error.
  const [edited, setEdited] = useState<ReadonlySet<SelectionField>>(new Set());
  const form = useRef<HTMLFormElement>(null);
  const shown = submitted ?? errors ?? {};
  const errorOf = (field: SelectionField) => (edited.has(field) ? undefined : shown[field]);
  const format = periodFormat(missions, selection.missions, t);

  const change = <K extends SelectionField>(field: K, value: ComparisonSelection[K]) => {
    setSelection((current) => ({ ...current, [field]: value }));
    setEdited((current) => new Set(current).add(field));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseSelection(selection);
    setEdited(new Set());
    if (parsed.errors) {
      setSubmitted(parsed.errors);
      const first = (['missions', 'from', 'to'] as const).find((field) => parsed.errors?.[field]);
      const target =
        first === 'missions'
          ? form.current?.querySelector<HTMLElement>('.mission-picker input[type="checkbox"]')
          : first
            ? form.current?.querySelector<HTMLElement>(`#compare-${first}`)
            : null;
      target?.focus();
      return;
    }
    setSubmitted(null);
    onSubmit(selection);
  };

  return (
    <form ref={form} className="comparison-form" onSubmit={submit} noValidate aria-label={t('compareForm.label')}>
      <MissionPicker
        missions={missions}
        selected={selection.missions}
        onChange={(ids) => change('missions', ids)}
        error={errorOf('missions')}
      />
      <div className="comparison-form__range">
        <FormField
          id="compare-from"
          label={t('compareForm.from')}
          hint={t('compareForm.fromEmpty', { hint: format.hint })}
          error={errorOf('from')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              className="input--short"
              placeholder={format.from}
              autoComplete="off"
              spellCheck={false}
              value={selection.from}
              onChange={(event) => change('from', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="compare-to"
          label={t('compareForm.to')}
          hint={t('compareForm.toEmpty', { hint: format.hint })}
          error={errorOf('to')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              className="input--short"
              placeholder={format.to}
              autoComplete="off"
              spellCheck={false}
              value={selection.to}
              onChange={(event) => change('to', event.target.value)}
            />
          )}
        </FormField>
        <CheckboxField
          id="compare-approved"
          label={t('compareForm.approvedOnly')}
          hint={t('compareForm.approvedOnlyHint')}
          error={errorOf('approvedOnly')}
        >
          {(control) => (
            <input
              {...control}
              type="checkbox"
              checked={selection.approvedOnly}
              onChange={(event) => change('approvedOnly', event.target.checked)}
            />
          )}
        </CheckboxField>
        <CheckboxField
          id="compare-rescored"
          label={t('published.rescored')}
          hint={t('published.rescoredHint')}
          error={errorOf('rescored')}
        >
          {(control) => (
            <input
              {...control}
              type="checkbox"
              checked={selection.rescored}
              onChange={(event) => change('rescored', event.target.checked)}
            />
          )}
        </CheckboxField>
      </div>
      {shown.other && shown.other.length > 0 ? (
        <div className="form-error" role="alert">
          {shown.other.map((message) => (
            <p key={message}>{translate(message)}</p>
          ))}
        </div>
      ) : null}
      <div className="comparison-form__actions">
        <button type="submit" className="button button--primary">
          {t('compareForm.submit')}
        </button>
      </div>
    </form>
  );
}
