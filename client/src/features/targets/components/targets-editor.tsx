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
import { describeOrigins } from '../../../lib/target-origins';
import type { MissionTargetsResponse } from '../api/get-targets';
import { useUpdateTargets } from '../api/update-targets';
import '../targets.css';

type TargetsFormInput = z.input<typeof targetsInputSchema>;
type FieldName = FieldPath<TargetsFormInput>;

const SCORED = INDICATORS.filter((indicator) => indicator.scored);
const fieldId = (path: string) => `targets-${path.replace(/\./g, '-')}`;

/** Empty means "use the default" (null); text that is not a plain number stays NaN so the schema names it. */
function parseBound(input: unknown): number | null {
  if (typeof input === 'number') return input;
  if (typeof input !== 'string' || input.trim() === '') return null;
  return /^-?\d+(\.\d+)?$/.test(input.trim()) ? Number(input.trim()) : Number.NaN;
}
function parseWeight(input: unknown): number | undefined {
  const value = parseBound(input);
  return value ?? undefined;
}

/** Messages for what the shared schema says only in type terms. */
const schemaMessages = {
  error: (issue: { code: string; input?: unknown }) => {
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined ? 'Enter a weight from 0 to 100' : 'Enter a number, like 40 or 12.5';
  },
};

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
  for (const [id, setting] of Object.entries(input.targets)) {
    if (setting && (setting.baseline != null || setting.target != null || setting.weight !== 1)) targets[id] = setting;
  }
  return { targets, kpiWeights: input.kpiWeights };
}

const DIRECTION_WORDS = { lower_is_better: 'lower is better', higher_is_better: 'higher is better' } as const;

interface TargetsEditorProps {
  missionId: number;
  data: MissionTargetsResponse;
  firstValuePeriods: Partial<Record<IndicatorId, string>>;
  onSaved: () => void;
  onCancel: () => void;
}

/** Baselines, targets and weights of every scored indicator, and the KPI weights, checked by the shared schema. */
export function TargetsEditor({ missionId, data, firstValuePeriods, onSaved, onCancel }: TargetsEditorProps) {
  const update = useUpdateTargets(missionId);
  const [unplaced, setUnplaced] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TargetsFormInput, unknown, TargetsInput>({
    resolver: zodResolver(targetsInputSchema, schemaMessages),
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
        setUnplaced([errorMessage(error), ...left].join(' '));
      }
    }
  });

  const kpiWeightsError = errorOf('kpiWeights') ?? errorOf('kpiWeights.root');

  return (
    <form className="form targets-form" noValidate onSubmit={onSubmit} aria-label="Baselines, targets and weights">
      <p className="targets-form__lead">
        Leave a baseline or target empty to use the default shown beneath it. Weights say how much an indicator counts
        within its KPI, and a KPI within the overall score.
      </p>
      {KPIS.map((kpi) => (
        <fieldset key={kpi.id} className="targets-kpi">
          <legend>
            <h3>{kpi.name}</h3>
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
              );
              const path = (key: 'baseline' | 'target' | 'weight') => `targets.${indicator.id}.${key}`;
              const unit = unitLabel(indicator.unit);
              const nowOf = (value: number | null, origin: string) =>
                value == null ? `Now none: ${origin}` : `Now ${formatValue(value, indicator.unit)}: ${origin}`;
              const hidden = <span className="visually-hidden">{indicator.name} </span>;
              return (
                <div key={indicator.id} className="target-row">
                  <p className="target-row__name">
                    <strong>{indicator.name}</strong>{' '}
                    <span className="muted">
                      ({unit}, {DIRECTION_WORDS[indicator.direction]}
                      {indicator.kind === 'output' ? ', output' : ''})
                    </span>
                  </p>
                  <FormField
                    id={fieldId(path('baseline'))}
                    label={<>{hidden}Baseline</>}
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
                        placeholder={resolved.baseline == null ? 'none' : String(resolved.baseline)}
                        {...register(path('baseline') as FieldName, { setValueAs: parseBound })}
                      />
                    )}
                  </FormField>
                  <FormField
                    id={fieldId(path('target'))}
                    label={<>{hidden}Target</>}
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
                        placeholder={resolved.target == null ? 'none' : String(resolved.target)}
                        {...register(path('target') as FieldName, { setValueAs: parseBound })}
                      />
                    )}
                  </FormField>
                  <FormField
                    id={fieldId(path('weight'))}
                    label={<>{hidden}Weight</>}
                    hint="Within the KPI; default 1"
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
                        {...register(path('weight') as FieldName, { setValueAs: parseWeight })}
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
          <h3>KPI weights</h3>
        </legend>
        <p className="targets-form__lead">
          The overall score is the weighted mean of the KPI scores present. Equal weights (0.25 each) are the default.
        </p>
        <div className="kpi-weights">
          {KPI_IDS.map((id) => {
            const kpi = KPIS.find((item) => item.id === id);
            const path = `kpiWeights.${id}`;
            return (
              <FormField
                key={id}
                id={fieldId(path)}
                label={
                  <>
                    {kpi?.name}
                    <span className="visually-hidden"> KPI weight</span>
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
                    {...register(path as FieldName, { setValueAs: parseWeight })}
                  />
                )}
              </FormField>
            );
          })}
        </div>
        {kpiWeightsError ? (
          <p className="field__error" id="targets-kpi-weights-error">
            <span aria-hidden="true">⚠ </span>
            {kpiWeightsError}
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
            {isSubmitting ? 'Saving…' : 'Save targets'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </form>
  );
}
