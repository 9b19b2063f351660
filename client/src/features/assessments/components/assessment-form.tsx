import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { get, useForm, useWatch, type FieldErrors, type FieldPath, type Resolver } from 'react-hook-form';
import { toNestErrors } from '@hookform/resolvers';
import {
  valueRuleViolations,
  valuesSchemaFor,
  type Assessment,
  type AssessmentInput,
  type IndicatorValues,
  type ParsedAssessmentInput,
} from '@cpea/shared/assessment';
import { CHALLENGES, CHALLENGE_IDS, KPIS, indicatorsOf, type Indicator, type IndicatorId } from '@cpea/shared/catalog';
import type { Mission } from '@cpea/shared/mission';
import { periodsDue } from '@cpea/shared/mission-life';
import { periodTypeOf } from '@cpea/shared/periods';
import {
  scoreDraft,
  withDerivedValues,
  type AssessmentScore,
  type IndicatorScore,
  type MissionScores,
} from '@cpea/shared/scoring';
import { FormField } from '../../../components/form-field';
import { SaveRefused } from '../../../components/save-refused';
import { useUnsavedChanges } from '../../../components/unsaved-changes';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { formatPeriod, formatScore, formatValue, unitLabel } from '../../../lib/format';
import { useCatalogText, useLocale, useT, useTranslateMessage } from '../../../lib/i18n';
import { rateRatioText } from '../../../lib/rate-ratio-text';
import { parseTypedNumber } from '../../../lib/typed-number';
import { useCreateAssessment } from '../api/create-assessment';
import { useUpdateAssessment } from '../api/update-assessment';
import { assessmentFormIssues, assessmentFormSchema } from '../lib/form-issues';
import { ScorePreview } from './score-preview';

type FieldName = FieldPath<AssessmentInput>;
// Labels and hints are the messages `assessment.<key>` and `assessment.<key>Hint`.
const NARRATIVE_FIELDS = [{ key: 'achievements' }, { key: 'setbacks' }, { key: 'lessons' }] as const;

/** Every path the form registers; server issues on any other path are shown above Save. */
const fieldPaths = (entered: readonly Indicator[]) =>
  new Set<string>([
    'period',
    ...entered.map((indicator) => `values.${indicator.id}`),
    ...CHALLENGE_IDS.flatMap((id) => [`challenges.${id}.severity`, `challenges.${id}.note`]),
    ...NARRATIVE_FIELDS.map((field) => `narrative.${field.key}`),
  ]);

/**
 * The indicators the form asks for: the mission's entered ones, a retired custom indicator only
 * where this assessment already has its value (which it shows, and lets be cleared).
 */
export function formIndicators(indicators: readonly Indicator[], assessment: Assessment | undefined): Indicator[] {
  return indicators.filter((indicator) => !indicator.custom?.retiredAt || assessment?.values[indicator.id] != null);
}

/** A value's unit as a field or a chart says it: a number's own label, else its unit's. */
export const indicatorUnit = (indicator: Indicator) => indicator.unitLabel || unitLabel(indicator.unit);

export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

const parseSeverity = (input: unknown) => (input === '' || input == null ? null : Number(input));

function defaultValues(
  assessment: Assessment | undefined,
  period: string | null,
  entered: readonly Indicator[],
): AssessmentInput {
  return {
    period: assessment?.period ?? period ?? '',
    values: Object.fromEntries(entered.map((indicator) => [indicator.id, assessment?.values[indicator.id] ?? null])),
    challenges: Object.fromEntries(
      CHALLENGE_IDS.map((id) => [
        id,
        { severity: assessment?.challenges[id]?.severity ?? null, note: assessment?.challenges[id]?.note ?? '' },
      ]),
    ),
    narrative: {
      achievements: assessment?.narrative.achievements ?? '',
      setbacks: assessment?.narrative.setbacks ?? '',
      lessons: assessment?.narrative.lessons ?? '',
    },
  };
}

/** Every error of the form at once (see `assessmentFormIssues`), the parsed input when there is none. */
function formResolver(
  mission: Mission,
  editing: boolean,
  indicators: readonly Indicator[],
): Resolver<AssessmentInput, unknown, ParsedAssessmentInput> {
  const schema = assessmentFormSchema(mission, editing, indicators);
  return (input, _context, options) => {
    const issues = assessmentFormIssues(input, mission, editing, indicators);
    if (issues.length === 0) {
      const parsed = schema.safeParse(input);
      if (parsed.success) return { values: parsed.data, errors: {} };
    }
    const flat: FieldErrors = {};
    for (const issue of issues) flat[issue.path] = { type: 'validate', message: issue.message };
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/**
 * The values the preview may score: a value that breaks its own rule (a negative count, 140 %)
 * or a cross-field rule (more disputes resolved than recorded) counts as not measured, so the
 * preview never shows a score the server would refuse to save.
 */
function previewValues(values: AssessmentInput['values'], entered: readonly Indicator[]): IndicatorValues {
  const clean: IndicatorValues = {};
  const schema = valuesSchemaFor(entered);
  for (const indicator of entered) {
    if (indicator.derived) continue;
    const value = values?.[indicator.id];
    clean[indicator.id] = schema.shape[indicator.id].safeParse(value).success ? (value ?? null) : null;
  }
  for (const violation of valueRuleViolations(clean)) {
    const id = violation.path.split('.')[1] as IndicatorId | undefined;
    if (id) clean[id] = null;
  }
  return clean;
}

/** Scores the values being typed exactly as the server will once saved (see `scoreDraft`). */
function previewScore(
  values: IndicatorValues,
  period: string,
  mission: Mission,
  scores: MissionScores | undefined,
  indicators: readonly Indicator[],
): AssessmentScore {
  // A period not yet typed is scored under the latest settings.
  const ownPeriod = periodTypeOf(period) === mission.periodType ? period : null;
  return scoreDraft({ values, period: ownPeriod }, scores, indicators);
}

function IndicatorScoreNote({ score, indicator }: { score: IndicatorScore | undefined; indicator: Indicator }) {
  const t = useT();
  if (!score) return null;
  // A count's change against its baseline, unclamped, beside the score or the reason it has none.
  const change = score.rateRatio ? ` · ${rateRatioText(score.rateRatio, t).change}` : '';
  if (score.score == null) {
    return (
      <p className="field__score">
        {t(`assessment.unscored.${score.unscoredReason ?? 'not_measured'}`)}
        {change}
      </p>
    );
  }
  return (
    <p className="field__score">
      {t('assessment.scoreNote', {
        score: formatScore(score.score),
        baseline: formatValue(score.baseline, indicator.unit),
        target: formatValue(score.target, indicator.unit),
      })}
      {change}
    </p>
  );
}

interface AssessmentFormProps {
  mission: Mission;
  /** The mission's assessments, for "first assessed value" baselines in the preview. */
  existing: readonly Assessment[];
  /** The mission's scores: its targets and KPI weights. */
  scores: MissionScores | undefined;
  /** The mission's indicator set: the standard catalog and its custom indicators. */
  indicators: readonly Indicator[];
  /** Set when editing; the period is then fixed. */
  assessment?: Assessment;
  onSaved: (assessment: Assessment) => void;
  /** Throws away the form and loads the version someone else saved. */
  onReloadLatest?: () => void;
  /** False for viewers: the form shows the values but cannot save. */
  canEdit?: boolean;
}

export function AssessmentForm({
  mission,
  existing,
  scores,
  indicators: missionIndicators,
  assessment,
  onSaved,
  onReloadLatest,
  canEdit = true,
}: AssessmentFormProps) {
  const editing = assessment != null;
  const [indicators] = useState(() => formIndicators(missionIndicators, assessment));
  const entered = useMemo(() => indicators.filter((indicator) => !indicator.derived), [indicators]);
  const FIELD_PATHS = useMemo(() => fieldPaths(entered), [entered]);
  const t = useT();
  const { locale } = useLocale();
  const catalog = useCatalogText();
  const translate = useTranslateMessage();
  const createAssessment = useCreateAssessment(mission.id);
  const updateAssessment = useUpdateAssessment(assessment?.id ?? 0);
  const [versionConflict, setVersionConflict] = useState(false);
  // The periods due, as they were when the form opened: the choice does not shift under the
  // user when the list of assessments is read again (after a refused save, say).
  const [due] = useState(() =>
    periodsDue(
      mission,
      existing.map((other) => other.period),
    ),
  );
  const resolver = useMemo(() => formResolver(mission, editing, indicators), [mission, editing, indicators]);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = useForm<AssessmentInput, unknown, ParsedAssessmentInput>({
    resolver,
    defaultValues: defaultValues(assessment, due.next, entered),
  });

  // A viewer or a locked assessment has nothing to lose; neither has a form just saved.
  const unsaved = useUnsavedChanges(isDirty && canEdit && assessment?.status !== 'approved');

  const watchedValues = useWatch({ control, name: 'values' });
  const watchedPeriod = useWatch({ control, name: 'period' });
  const values = previewValues(watchedValues, entered);
  const derived = withDerivedValues(values);
  const preview = previewScore(values, watchedPeriod, mission, scores, indicators);
  const indicatorScores = new Map(
    preview.kpis.flatMap((kpi) => kpi.indicators).map((score) => [score.indicator, score]),
  );

  const errorOf = (path: string): string | undefined =>
    get<typeof errors, { message?: string } | undefined>(errors, path)?.message;
  const fieldErrors = [...FIELD_PATHS].flatMap((path) => {
    const message = errorOf(path);
    return message ? [{ path, message }] : [];
  });
  const locked = assessment?.status === 'approved';

  function applyServerError(error: unknown) {
    let placed = 0;
    const unplaced: string[] = [];
    if (isApiError(error)) {
      for (const issue of error.issues) {
        const path = /^challenges\.[a-z_]+$/.test(issue.path) ? `${issue.path}.severity` : issue.path;
        if (FIELD_PATHS.has(path)) {
          setError(path as FieldName, { type: 'server', message: issue.message }, { shouldFocus: placed === 0 });
          placed += 1;
        } else if (path === 'version') {
          setVersionConflict(true);
        } else {
          unplaced.push(issue.message);
        }
      }
    }
    if (placed === 0 || unplaced.length > 0) {
      setError('root.server', { type: 'server', message: [errorMessage(error), ...unplaced].join(' ') });
    }
  }

  const onSubmit = handleSubmit(async (input) => {
    setVersionConflict(false);
    try {
      const saved = assessment
        ? await updateAssessment.mutateAsync({
            version: assessment.version,
            values: input.values,
            challenges: input.challenges,
            narrative: input.narrative,
          })
        : await createAssessment.mutateAsync(input);
      unsaved.markSaved();
      onSaved(saved);
    } catch (error) {
      applyServerError(error);
    }
  });

  const periodError = errorOf('period');
  const duplicate = existing.find((other) => other.period === watchedPeriod && other.id !== assessment?.id);

  return (
    <form className="form assessment-form" noValidate onSubmit={onSubmit}>
      {unsaved.dialog}
      {canEdit ? null : <p className="read-only-notice">{t('assessment.readOnly')}</p>}
      {/* A viewer reads the values in fields that say they cannot be changed. */}
      <fieldset className="assessment-form__fields" disabled={!canEdit}>
        <div className="assessment-layout">
          <div className="assessment-main">
            {editing ? (
              <p className="period-fixed">
                <span className="field__label">{t('assessment.period')}</span>{' '}
                <strong>{formatPeriod(assessment.period)}</strong>
              </p>
            ) : due.periods.length === 0 ? (
              <p className="period-fixed" role="status">
                <span className="field__label">{t('assessment.period')}</span>{' '}
                {t('assessment.noPeriodDue', { acronym: mission.acronym })}
              </p>
            ) : (
              <FormField
                id={fieldId('period')}
                label={t('assessment.period')}
                error={periodError}
                hint={t(mission.periodType === 'quarter' ? 'assessment.periodDueQuarter' : 'assessment.periodDueMonth')}
              >
                {(control) => (
                  <select {...control} className="input--short" {...register('period')}>
                    {due.periods.map((period) => (
                      <option key={period} value={period}>
                        {formatPeriod(period)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            )}
            {periodError && duplicate ? (
              <p className="field__aside">
                <Link to={`/assessments/${duplicate.id}/edit`}>
                  {t('assessment.editDuplicate', { period: formatPeriod(duplicate.period) })}
                </Link>
              </p>
            ) : null}

            {KPIS.map((kpi) => (
              <fieldset key={kpi.id} className="kpi-fieldset">
                <legend>
                  <h2>{catalog.kpis[kpi.id].name}</h2>
                </legend>
                <p className="fieldset__description">{catalog.kpis[kpi.id].description}</p>
                <div className="indicator-grid">
                  {indicatorsOf(kpi.id, indicators).map((indicator) => {
                    const path = `values.${indicator.id}`;
                    const raw = watchedValues?.[indicator.id];
                    const invalid = indicator.scored && raw != null && values[indicator.id] == null;
                    const scoreNote = invalid ? (
                      <p className="field__score">{t('assessment.notScoredUntilValid')}</p>
                    ) : (
                      <IndicatorScoreNote score={indicatorScores.get(indicator.id)} indicator={indicator} />
                    );
                    if (indicator.derived) {
                      return (
                        <FormField
                          key={indicator.id}
                          id={fieldId(path)}
                          label={indicatorText(catalog, indicator.id).name}
                          unit={unitLabel(indicator.unit)}
                          hint={indicatorText(catalog, indicator.id).help}
                          className="field--derived"
                          footer={scoreNote}
                        >
                          {(control) => (
                            <input
                              {...control}
                              type="text"
                              readOnly
                              className="input--number"
                              value={formatValue(derived[indicator.id], indicator.unit)}
                            />
                          )}
                        </FormField>
                      );
                    }
                    const provenance = assessment?.provenance[indicator.id];
                    return (
                      <FormField
                        key={indicator.id}
                        id={fieldId(path)}
                        label={indicatorText(catalog, indicator.id).name}
                        unit={indicatorUnit(indicator)}
                        hint={indicatorText(catalog, indicator.id).help}
                        error={errorOf(path)}
                        footer={
                          <>
                            {provenance && provenance !== 'manual' ? (
                              <p className="field__provenance">
                                {provenance === 'ucdp_ged' ? t('assessment.fromUcdp') : t('assessment.fromCsv')}
                              </p>
                            ) : null}
                            {scoreNote}
                          </>
                        }
                      >
                        {(control) => (
                          <input
                            {...control}
                            type="text"
                            inputMode={
                              indicator.unit === 'count' ? 'numeric' : indicator.unit === 'number' ? 'text' : 'decimal'
                            }
                            autoComplete="off"
                            className="input--number"
                            {...register(path as FieldName, { setValueAs: (input) => parseTypedNumber(input, locale) })}
                          />
                        )}
                      </FormField>
                    );
                  })}
                </div>
              </fieldset>
            ))}

            <fieldset className="challenges-fieldset">
              <legend>
                <h2>{t('assessment.challenges')}</h2>
              </legend>
              <p className="fieldset__description">{t('assessment.challengesLead')}</p>
              <div className="challenge-list">
                {CHALLENGES.map((challenge) => {
                  const severityPath = `challenges.${challenge.id}.severity`;
                  const notePath = `challenges.${challenge.id}.note`;
                  return (
                    <div key={challenge.id} className="challenge-row">
                      <FormField
                        id={fieldId(severityPath)}
                        label={catalog.challenges[challenge.id].name}
                        hint={catalog.challenges[challenge.id].covers}
                        error={errorOf(severityPath)}
                        className="challenge-row__severity"
                      >
                        {(control) => (
                          <select {...control} {...register(severityPath as FieldName, { setValueAs: parseSeverity })}>
                            <option value="">{t('assessment.notAssessed')}</option>
                            {catalog.severities.map((label, severity) => (
                              <option key={label} value={severity}>
                                {severity} {label}
                              </option>
                            ))}
                          </select>
                        )}
                      </FormField>
                      <FormField
                        id={fieldId(notePath)}
                        label={
                          <>
                            {t('assessment.note')}
                            <span className="visually-hidden">
                              {t('assessment.noteOn', {
                                challenge: catalog.challenges[challenge.id].name.toLowerCase(),
                              })}
                            </span>
                          </>
                        }
                        error={errorOf(notePath)}
                        className="challenge-row__note"
                      >
                        {(control) => (
                          <input {...control} type="text" autoComplete="off" {...register(notePath as FieldName)} />
                        )}
                      </FormField>
                    </div>
                  );
                })}
              </div>
            </fieldset>

            <fieldset className="narrative-fieldset">
              <legend>
                <h2>{t('assessment.narrative')}</h2>
              </legend>
              {NARRATIVE_FIELDS.map((field) => {
                const path = `narrative.${field.key}`;
                return (
                  <FormField
                    key={field.key}
                    id={fieldId(path)}
                    label={t(`assessment.${field.key}`)}
                    hint={t(`assessment.${field.key}Hint`)}
                    error={errorOf(path)}
                  >
                    {(control) => <textarea {...control} rows={4} {...register(path as FieldName)} />}
                  </FormField>
                );
              })}
            </fieldset>
          </div>

          <aside className="assessment-aside">
            <ScorePreview score={preview} />
          </aside>
        </div>
      </fieldset>

      <div className="form-actions">
        {submitCount > 0 && fieldErrors.length > 0 ? (
          <div className="error-summary" role="alert">
            <p>{t.plural('assessment.attention', fieldErrors.length)}</p>
            <ul>
              {fieldErrors.map(({ path, message }) => (
                <li key={path}>
                  <a href={`#${fieldId(path)}`}>{translate(message)}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {errors.root?.server ? (
          <SaveRefused
            message={translate(errors.root.server.message ?? '')}
            stale={versionConflict}
            onReloadLatest={onReloadLatest}
          />
        ) : null}
        {locked ? <p className="form-note">{t('assessment.locked')}</p> : null}
        <button
          type="submit"
          className="button button--primary"
          disabled={isSubmitting || locked || !canEdit || (!editing && due.periods.length === 0)}
        >
          {isSubmitting ? t('assessment.saving') : editing ? t('assessment.saveChanges') : t('assessment.save')}
        </button>
      </div>
    </form>
  );
}
