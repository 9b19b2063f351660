import { useState } from 'react';
import { get, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { INDICATORS, KPIS, KPI_IDS, indicatorsOf, type IndicatorId } from '@cpea/shared/catalog';
import { targetsInputSchema, type TargetsInput } from '@cpea/shared/targets';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { formatValue, unitLabel } from '../../../lib/format';
import { useCatalogText, useLocale, useT, useTranslateMessage, type Locale, type Translate } from '../../../lib/i18n';
import { describeOrigins } from '../../../lib/target-origins';
import { parseTypedNumber, typedNumber } from '../../../lib/typed-number';
import type { MissionTargetsResponse } from '@cpea/shared/targets';
import { useUpdateTargets } from '../api/update-targets';
import '../targets.css';

type TargetsFormInput = z.input<typeof targetsInputSchema>;
type FieldName = FieldPath<TargetsFormInput>;

const SCORED = INDICATORS.filter((indicator) => indicator.scored);
const fieldId = (path: string) => `targets-${path.replace(/\./g, '-')}`;

function parseWeight(input: unknown, locale: Locale): number | undefined {
  return parseTypedNumber(input, locale) ?? undefined;
}

/** Messages for what the shared schema says only in type terms. */
function schemaMessages(t: Translate) {
  return {
    error: (issue: { code: string; input?: unknown }) => {
      if (issue.code !== 'invalid_type') return undefined;
      return issue.input === undefined ? t('targetsEditor.enterWeight') : t('targetsEditor.enterNumber');
    },
  };
}

function defaultValues(data: MissionTargetsResponse): TargetsFormInput {
  return {
    targets: Object.fromEntries(
      SCORED.map((indicator) => {
        const set = data.targets[indicator.id];
        return [
          indicator.id,
          { baseline: set?.baseline ?? null, target: set?.target ?? null, weight: set?.weight ?? 1 },
        ];
      }),
    ),
    kpiWeights: { ...data.kpiWeights },
  };
}

/** Only what differs from the defaults is a setting; an untouched row is not stored. */
function compact(input: TargetsInput): TargetsInput {
  const targets: TargetsInput['targets'] = {};
  for (const { id } of SCORED) {
    const setting = input.targets[id];
    if (setting && (setting.baseline != null || setting.target != null || setting.weight !== 1)) targets[id] = setting;
  }
  return { targets, kpiWeights: input.kpiWeights };
}

const DIRECTION_WORDS = { lower_is_better: 'lowerIsBetter', higher_is_better: 'higherIsBetter' } as const;

interface TargetsEditorProps {
  missionId: number;
  data: MissionTargetsResponse;
  firstValuePeriods: Partial<Record<IndicatorId, string>>;
  onSaved: () => void;
  onCancel: () => void;
}

/** Baselines, targets and weights of every scored indicator, and the KPI weights, checked by the shared schema. */
export function TargetsEditor({ missionId, data, firstValuePeriods, onSaved, onCancel }: TargetsEditorProps) {
  const t = useT();
  const catalog = useCatalogText();
  const translate = useTranslateMessage();
  const { locale } = useLocale();
  const update = useUpdateTargets(missionId);
  const [unplaced, setUnplaced] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TargetsFormInput, unknown, TargetsInput>({
    resolver: zodResolver(targetsInputSchema, schemaMessages(t)),
    defaultValues: defaultValues(data),
  });
  const errorOf = (path: string): string | undefined =>
    get<typeof errors, { message?: string } | undefined>(errors, path)?.message;

  const onSubmit = handleSubmit(async (input) => {
    setUnplaced(null);
    try {
      await update.mutateAsync(compact(input));
      onSaved();
    } catch (error) {
      const left: string[] = [];
      if (isApiError(error)) {
        for (const issue of error.issues) {
          if (/^(targets\.[a-z_]+\.(baseline|target|weight)|kpiWeights\.[a-z_]+)$/.test(issue.path)) {
            setError(issue.path as FieldName, { type: 'server', message: issue.message });
          } else left.push(issue.message);
        }
      }
      if (!isApiError(error) || error.issues.length === 0 || left.length > 0) {
        setUnplaced([errorMessage(error), ...left].map(translate).join(' '));
      }
    }
  });

  const kpiWeightsError = errorOf('kpiWeights') ?? errorOf('kpiWeights.root');

  return (
    <form className="form targets-form" noValidate onSubmit={onSubmit} aria-label={t('targets.heading')}>
      <p className="targets-form__lead">{t('targetsEditor.lead')}</p>
      {KPIS.map((kpi) => (
        <fieldset key={kpi.id} className="targets-kpi">
          <legend>
            <h3>{catalog.kpis[kpi.id].name}</h3>
          </legend>
          {indicatorsOf(kpi.id)
            .filter((indicator) => indicator.scored)
            .map((indicator) => {
              const resolved = data.resolved[indicator.id];
              const origins = describeOrigins(
                indicator.id,
                data.targets[indicator.id],
                resolved,
                firstValuePeriods[indicator.id] ?? null,
                t,
              );
              const path = (key: 'baseline' | 'target' | 'weight') => `targets.${indicator.id}.${key}`;
              const unit = unitLabel(indicator.unit);
              const name = catalog.indicators[indicator.id].name;
              const nowOf = (value: number | null, origin: string) =>
                value == null
                  ? t('targetsEditor.nowNone', { origin })
                  : t('targetsEditor.nowValue', { value: formatValue(value, indicator.unit), origin });
              const placeholder = (value: number | null) =>
                value == null ? t('targetsEditor.none') : typedNumber(value, locale);
              const hidden = (
                <span className="visually-hidden">{t('targetsEditor.ofIndicator', { indicator: name })}</span>
              );
              return (
                <div key={indicator.id} className="target-row">
                  <p className="target-row__name">
                    <strong>{name}</strong>{' '}
                    <span className="muted">
                      ({unit}, {t(`targetsEditor.${DIRECTION_WORDS[indicator.direction]}`)}
                      {indicator.kind === 'output' ? t('targetsEditor.output') : ''})
                    </span>
                  </p>
                  <FormField
                    id={fieldId(path('baseline'))}
                    label={
                      <>
                        {hidden}
                        {t('targets.baseline')}
                      </>
                    }
                    unit={unit}
                    hint={nowOf(resolved.baseline, origins.baseline)}
                    error={errorOf(path('baseline'))}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className="input--number"
                        placeholder={placeholder(resolved.baseline)}
                        {...register(path('baseline') as FieldName, {
                          setValueAs: (input) => parseTypedNumber(input, locale),
                        })}
                      />
                    )}
                  </FormField>
                  <FormField
                    id={fieldId(path('target'))}
                    label={
                      <>
                        {hidden}
                        {t('targets.target')}
                      </>
                    }
                    unit={unit}
                    hint={nowOf(resolved.target, origins.target)}
                    error={errorOf(path('target'))}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className="input--number"
                        placeholder={placeholder(resolved.target)}
                        {...register(path('target') as FieldName, {
                          setValueAs: (input) => parseTypedNumber(input, locale),
                        })}
                      />
                    )}
                  </FormField>
                  <FormField
                    id={fieldId(path('weight'))}
                    label={
                      <>
                        {hidden}
                        {t('targets.weight')}
                      </>
                    }
                    hint={t('targetsEditor.weightHint')}
                    error={errorOf(path('weight'))}
                  >
                    {(control) => (
                      <input
                        {...control}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className="input--number input--weight"
                        placeholder="1"
                        {...register(path('weight') as FieldName, {
                          setValueAs: (input) => parseWeight(input, locale),
                        })}
                      />
                    )}
                  </FormField>
                </div>
              );
            })}
        </fieldset>
      ))}
      <fieldset
        className="targets-kpi targets-kpi--weights"
        aria-describedby={kpiWeightsError ? 'targets-kpi-weights-error' : undefined}
      >
        <legend>
          <h3>{t('targetsEditor.kpiWeights')}</h3>
        </legend>
        <p className="targets-form__lead">{t('targetsEditor.kpiWeightsLead')}</p>
        <div className="kpi-weights">
          {KPI_IDS.map((id) => {
            const path = `kpiWeights.${id}`;
            return (
              <FormField
                key={id}
                id={fieldId(path)}
                label={
                  <>
                    {catalog.kpis[id].name}
                    <span className="visually-hidden">{t('targetsEditor.kpiWeightSuffix')}</span>
                  </>
                }
                error={errorOf(path)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    className="input--number input--weight"
                    {...register(path as FieldName, { setValueAs: (input) => parseWeight(input, locale) })}
                  />
                )}
              </FormField>
            );
          })}
        </div>
        {kpiWeightsError ? (
          <p className="field__error" id="targets-kpi-weights-error">
            <span aria-hidden="true">⚠ </span>
            {translate(kpiWeightsError)}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions form-actions--row">
        {unplaced ? (
          <p className="form-error" role="alert">
            {unplaced}
          </p>
        ) : null}
        <div className="targets-form__buttons">
          <button type="submit" className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? t('assessment.saving') : t('targetsEditor.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('workflow.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}
