import { useState, type FormEvent } from 'react';
import { DIRECTIONS, INDICATOR_KINDS, KPI_IDS, UNITS } from '@cpea/shared/catalog';
import {
  customIndicatorInputSchema,
  type CustomIndicator,
  type CustomIndicatorPatch,
} from '@cpea/shared/custom-indicators';
import { FormField } from '../../../components/form-field';
import { SaveRefused, isStaleVersion } from '../../../components/save-refused';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { useCatalogText, useLocale, useT, useTranslateMessage } from '../../../lib/i18n';
import { parseTypedNumber } from '../../../lib/typed-number';
import { useCreateCustomIndicator, useUpdateCustomIndicator } from '../api/custom-indicators';

const EMPTY = {
  id: '',
  scope: '',
  nameEn: '',
  nameFr: '',
  kpi: KPI_IDS[0] as string,
  unit: 'count' as string,
  unitLabel: '',
  min: '',
  max: '',
  direction: 'higher_is_better' as string,
  kind: 'outcome' as string,
  helpEn: '',
  helpFr: '',
  source: '',
};
type Field = keyof typeof EMPTY;
const fieldId = (field: Field) => `indicator-${field}`;
/** Where an issue on a path of the input is shown: the scope field says what `missionId` is. */
const fieldOf = (path: string): Field | null => {
  const key = path.split('.')[0];
  if (key === 'missionId') return 'scope';
  return key in EMPTY ? (key as Field) : null;
};

/** The form's fields for an indicator being edited. */
function fieldsOf(indicator: CustomIndicator): typeof EMPTY {
  return {
    id: indicator.id,
    scope: indicator.missionId == null ? '' : String(indicator.missionId),
    nameEn: indicator.nameEn,
    nameFr: indicator.nameFr,
    kpi: indicator.kpi,
    unit: indicator.unit,
    unitLabel: indicator.unitLabel ?? '',
    min: indicator.min == null ? '' : String(indicator.min),
    max: indicator.max == null ? '' : String(indicator.max),
    direction: indicator.direction,
    kind: indicator.kind,
    helpEn: indicator.helpEn,
    helpFr: indicator.helpFr,
    source: indicator.source,
  };
}

/**
 * A new indicator, or changes to `editing`, checked by the schema the server checks it with;
 * an id already taken, or a unit or direction that values fix, is said on its field.
 * `missions` are those it may be added for.
 */
export function CreateIndicatorForm({
  missions,
  editing,
  onDone,
  onReloadLatest,
}: {
  missions: readonly { id: number; acronym: string }[];
  editing?: CustomIndicator;
  onDone?: () => void;
  /** Throws away the changes and loads the version of `editing` someone else saved. */
  onReloadLatest?: () => void;
}) {
  const t = useT();
  const catalog = useCatalogText();
  const { locale } = useLocale();
  const translate = useTranslateMessage();
  const create = useCreateCustomIndicator();
  const update = useUpdateCustomIndicator();
  const [form, setForm] = useState(() => (editing ? fieldsOf(editing) : EMPTY));
  const [errors, setErrors] = useState<Partial<Record<Field | 'root', string>>>({});
  const [created, setCreated] = useState<CustomIndicator | null>(null);
  const [stale, setStale] = useState(false);
  const set = (field: Field) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));
  const isNumber = form.unit === 'number';

  const showIssues = (issues: readonly { path: string; message: string }[]) => {
    const next: Partial<Record<Field | 'root', string>> = {};
    for (const issue of issues) {
      const field = fieldOf(issue.path) ?? 'root';
      next[field] ??= translate(issue.message);
    }
    setErrors(next);
    const first = issues.map((issue) => fieldOf(issue.path)).find((field) => field != null);
    if (first) document.getElementById(fieldId(first))?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setStale(false);
    const number = (text: string) => (text.trim() === '' ? null : parseTypedNumber(text, locale));
    const input = {
      id: form.id.trim(),
      missionId: form.scope === '' ? null : Number(form.scope),
      nameEn: form.nameEn,
      nameFr: form.nameFr,
      kpi: form.kpi,
      unit: form.unit,
      unitLabel: isNumber ? form.unitLabel : null,
      min: isNumber ? number(form.min) : null,
      max: isNumber ? number(form.max) : null,
      direction: form.direction,
      kind: form.kind,
      helpEn: form.helpEn,
      helpFr: form.helpFr,
      source: form.source,
    };
    const checked = customIndicatorInputSchema.safeParse(input);
    if (!checked.success) {
      showIssues(checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
      return;
    }
    try {
      if (editing) {
        const { id: _id, missionId: _missionId, ...fields } = checked.data;
        const changes = Object.fromEntries(
          Object.entries(fields).filter(([key, value]) => editing[key as keyof typeof fields] !== value),
        );
        const patch: CustomIndicatorPatch = { ...changes, version: editing.version };
        await update.mutateAsync({ id: editing.id, patch });
        setErrors({});
        onDone?.();
        return;
      }
      const indicator = await create.mutateAsync(checked.data);
      setErrors({});
      setForm(EMPTY);
      setCreated(indicator);
    } catch (error) {
      setStale(isStaleVersion(error));
      if (isStaleVersion(error)) setErrors({ root: translate(errorMessage(error)) });
      else if (isApiError(error) && error.issues.length > 0) showIssues(error.issues);
      else setErrors({ root: translate(errorMessage(error)) });
    }
  }

  // Once made, an indicator keeps its id and whose it is.
  const fixed = (field: Field) => editing != null && (field === 'id' || field === 'scope');
  const text = (field: Field, label: string, hint?: string) => (
    <FormField id={fieldId(field)} label={label} hint={hint} error={errors[field]}>
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          value={form[field]}
          onChange={set(field)}
          readOnly={fixed(field)}
        />
      )}
    </FormField>
  );
  const select = (field: Field, label: string, options: readonly { value: string; label: string }[]) => (
    <FormField id={fieldId(field)} label={label} error={errors[field]}>
      {(control) => (
        <select {...control} value={form[field]} onChange={set(field)} disabled={fixed(field)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form className="form create-indicator" noValidate onSubmit={submit} aria-labelledby="create-indicator-title">
      <h2 id="create-indicator-title">
        {editing
          ? t('customIndicators.editName', { name: locale === 'fr' ? editing.nameFr : editing.nameEn })
          : t('customIndicators.add')}
      </h2>
      <div className="form-grid">
        {text('id', t('customIndicators.id'), t('customIndicators.idHint'))}
        {select('scope', t('customIndicators.scope'), [
          { value: '', label: t('customIndicators.everyMission') },
          ...missions.map((mission) => ({ value: String(mission.id), label: mission.acronym })),
        ])}
        {text('nameEn', t('customIndicators.nameEn'))}
        {text('nameFr', t('customIndicators.nameFr'))}
        {select(
          'kpi',
          t('customIndicators.kpi'),
          KPI_IDS.map((kpi) => ({ value: kpi, label: catalog.kpis[kpi].name })),
        )}
        {select(
          'unit',
          t('customIndicators.unit'),
          UNITS.map((unit) => ({ value: unit, label: t(`customIndicators.units.${unit}`) })),
        )}
        {isNumber ? (
          <>
            {text('unitLabel', t('customIndicators.unitLabel'), t('customIndicators.unitLabelHint'))}
            {text('min', t('customIndicators.min'))}
            {text('max', t('customIndicators.max'))}
          </>
        ) : null}
        {select(
          'direction',
          t('customIndicators.direction'),
          DIRECTIONS.map((direction) => ({
            value: direction,
            label: direction === 'lower_is_better' ? t('customIndicators.lower') : t('customIndicators.higher'),
          })),
        )}
        {select(
          'kind',
          t('customIndicators.kind'),
          INDICATOR_KINDS.map((kind) => ({ value: kind, label: t(`customIndicators.${kind}`) })),
        )}
        {text('helpEn', t('customIndicators.helpEn'))}
        {text('helpFr', t('customIndicators.helpFr'))}
        {text('source', t('customIndicators.source'))}
      </div>
      <div className="form-actions">
        {errors.root ? <SaveRefused message={errors.root} stale={stale} onReloadLatest={onReloadLatest} /> : null}
        <button type="submit" className="button button--primary" disabled={create.isPending || update.isPending}>
          {editing
            ? t('customIndicators.save')
            : create.isPending
              ? t('customIndicators.creating')
              : t('customIndicators.create')}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={onDone}>
            {t('customIndicators.cancel')}
          </button>
        ) : null}
        <p className="form-note" aria-live="polite">
          {created ? t('customIndicators.created', { name: locale === 'fr' ? created.nameFr : created.nameEn }) : ''}
        </p>
      </div>
    </form>
  );
}
