import { indicatorText } from '@cpea/shared/i18n/catalog-text';
import { useState } from 'react';
import { get, useForm, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { normaliseTypedPeriod } from '@cpea/shared/periods';
import { KPIS, KPI_IDS, indicatorsOf, type Indicator, type IndicatorId } from '@cpea/shared/catalog';
import { targetsInputSchema, type BaselineSource, type TargetsInput, type TargetsPreview } from '@cpea/shared/targets';
import { DataTable } from '../../../components/data-table';
import { FormField } from '../../../components/form-field';
import { errorMessage } from '../../../components/states';
import { isApiError } from '../../../lib/api';
import { formatPeriod, formatScore, formatValue, unitLabel } from '../../../lib/format';
import { useCatalogText, useLocale, useT, useTranslateMessage, type Locale, type Translate } from '../../../lib/i18n';
import { describeOrigins } from '../../../lib/target-origins';
import { parseTypedNumber, typedNumber } from '../../../lib/typed-number';
import type { MissionTargetsResponse } from '@cpea/shared/targets';
import { usePreviewTargets } from '../api/preview-targets';
import { useUpdateTargets } from '../api/update-targets';
import '../targets.css';

type TargetsFormInput = z.input<typeof targetsInputSchema>;
type FieldName = FieldPath<TargetsFormInput>;

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

function defaultValues(data: MissionTargetsResponse, scored: readonly Indicator[]): TargetsFormInput {
  return {
    targets: Object.fromEntries(
      scored.map((indicator) => {
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

/** Where each baseline comes from, as the editor holds it. */
interface SourceState {
  kind: BaselineSource['kind'];
  from: string;
  to: string;
  /** The period of a first value written down, and the value, kept only while unchanged. */
  period: string | null;
  value: number | null;
}
type Sources = Partial<Record<IndicatorId, SourceState>>;

function initialSources(data: MissionTargetsResponse, scored: readonly Indicator[]): Sources {
  const sources: Sources = {};
  for (const { id } of scored) {
    const set = data.targets[id];
    const source = set?.baselineSource;
    sources[id] = {
      kind: source?.kind ?? 'typed',
      from: source?.kind === 'window' ? source.from : '',
      to: source?.kind === 'window' ? source.to : '',
      period: source?.kind === 'first_value' ? source.period : null,
      value: source?.kind === 'first_value' ? (set?.baseline ?? null) : null,
    };
  }
  return sources;
}

/**
 * Only what differs from the defaults is a setting; an untouched row is not stored. A window
 * baseline is worked out by the server; a first value written down stays one only while its
 * value is left as it was.
 */
function compact(
  input: TargetsInput,
  sources: Sources,
  effectiveFrom: string,
  scored: readonly Indicator[],
): TargetsInput {
  const targets: TargetsInput['targets'] = {};
  for (const { id } of scored) {
    const setting = input.targets[id];
    const source = sources[id];
    if (!setting) continue;
    if (source?.kind === 'window') {
      targets[id] = {
        ...setting,
        baseline: null,
        baselineSource: {
          kind: 'window',
          from: normaliseTypedPeriod(source.from),
          to: normaliseTypedPeriod(source.to),
        },
      };
    } else if (source?.kind === 'first_value' && source.period && setting.baseline === source.value) {
      targets[id] = { ...setting, baselineSource: { kind: 'first_value', period: source.period } };
    } else if (setting.baseline != null || setting.target != null || setting.weight !== 1) {
      targets[id] = { baseline: setting.baseline, target: setting.target, weight: setting.weight };
    }
  }
  const from = normaliseTypedPeriod(effectiveFrom);
  return { targets, kpiWeights: input.kpiWeights, ...(from ? { effectiveFrom: from } : {}) };
}

/** How many approved periods the one-click baseline averages. */
const FIRST_APPROVED = 4;

const DIRECTION_WORDS = { lower_is_better: 'lowerIsBetter', higher_is_better: 'higherIsBetter' } as const;

interface TargetsEditorProps {
  missionId: number;
  data: MissionTargetsResponse;
  firstValuePeriods: Partial<Record<IndicatorId, string>>;
  approvedPeriods: readonly string[];
  /** The mission's indicator set: the standard catalog and its custom indicators. */
  indicators: readonly Indicator[];
  onSaved: () => void;
  onCancel: () => void;
}

/** Baselines, targets and weights of every scored indicator, and the KPI weights, checked by the shared schema. */
export function TargetsEditor({
  missionId,
  data,
  firstValuePeriods,
  approvedPeriods,
  indicators,
  onSaved,
  onCancel,
}: TargetsEditorProps) {
  const [scored] = useState(() => indicators.filter((indicator) => indicator.scored && !indicator.custom?.retiredAt));
  const t = useT();
  const catalog = useCatalogText();
  const translate = useTranslateMessage();
  const { locale } = useLocale();
  const update = useUpdateTargets(missionId);
  const preview = usePreviewTargets(missionId);
  const [unplaced, setUnplaced] = useState<string | null>(null);
  const [sources, setSources] = useState<Sources>(() => initialSources(data, scored));
  const [effectiveFrom, setEffectiveFrom] = useState(data.versions.length <= 1 ? (data.effectiveFrom ?? '') : '');
  const [pending, setPending] = useState<{ input: TargetsInput; preview: TargetsPreview } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const setSource = (id: IndicatorId, change: Partial<SourceState>) => {
    setPending(null);
    setSources((current) => ({ ...current, [id]: { ...(current[id] as SourceState), ...change } }));
  };
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<TargetsFormInput, unknown, TargetsInput>({
    resolver: zodResolver(targetsInputSchema, schemaMessages(t)),
    defaultValues: defaultValues(data, scored),
  });
  const errorOf = (path: string): string | undefined =>
    get<typeof errors, { message?: string } | undefined>(errors, path)?.message;

  const showError = (error: unknown) => {
    {
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
  };

  // Saving is in two steps: the effect first, then the save, of exactly what was previewed.
  const onSubmit = handleSubmit(async (input) => {
    setUnplaced(null);
    setPending(null);
    const full = compact(input, sources, effectiveFrom, scored);
    try {
      setPending({ input: full, preview: await preview.mutateAsync(full) });
    } catch (error) {
      showError(error);
    }
  });

  const confirm = async () => {
    if (!pending) return;
    setUnplaced(null);
    try {
      await update.mutateAsync(pending.input);
      onSaved();
    } catch (error) {
      showError(error);
    }
  };

  const setFromFirstApproved = () => {
    const window = approvedPeriods.slice(0, FIRST_APPROVED);
    if (window.length === 0) return;
    const [from, to] = [window[0], window[window.length - 1]];
    const values = getValues();
    for (const indicator of scored) {
      if (indicator.defaultTarget.rule !== 'half_of_baseline') continue;
      const typed = values.targets[indicator.id]?.baseline;
      if (sources[indicator.id]?.kind === 'typed' && typed == null)
        setSource(indicator.id, { kind: 'window', from, to });
    }
    setNotice(t('targetsEditor.setFromFirstFourDone', { from: formatPeriod(from), to: formatPeriod(to) }));
  };

  const kpiWeightsError = errorOf('kpiWeights') ?? errorOf('kpiWeights.root');

  return (
    <form className="form targets-form" noValidate onSubmit={onSubmit} aria-label={t('targets.heading')}>
      <p className="targets-form__lead">{t('targetsEditor.lead')}</p>
      <FormField
        id="targets-effective-from"
        label={t('targetsEditor.effectiveFrom')}
        hint={t('targetsEditor.effectiveFromHint')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            className="input--period"
            value={effectiveFrom}
            onChange={(event) => {
              setPending(null);
              setEffectiveFrom(event.target.value);
            }}
          />
        )}
      </FormField>
      <div className="targets-form__baseline-action">
        <button type="button" className="button" onClick={setFromFirstApproved} disabled={approvedPeriods.length === 0}>
          {t('targetsEditor.setFromFirstFour')}
        </button>
        <p className="muted" aria-live="polite">
          {approvedPeriods.length === 0 ? t('targetsEditor.noApprovedPeriods') : (notice ?? '')}
        </p>
      </div>
      {KPIS.map((kpi) => (
        <fieldset key={kpi.id} className="targets-kpi">
          <legend>
            <h3>{catalog.kpis[kpi.id].name}</h3>
          </legend>
          {indicatorsOf(kpi.id, scored).map((indicator) => {
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
            const name = indicatorText(catalog, indicator.id).name;
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
                  id={fieldId(`targets.${indicator.id}.source`)}
                  label={
                    <>
                      {hidden}
                      {t('targetsEditor.baselineSource')}
                    </>
                  }
                >
                  {(control) => (
                    <select
                      {...control}
                      value={sources[indicator.id]?.kind ?? 'typed'}
                      onChange={(event) => setSource(indicator.id, { kind: event.target.value as SourceState['kind'] })}
                    >
                      <option value="typed">{t('targetsEditor.sourceTyped')}</option>
                      <option value="window">{t('targetsEditor.sourceWindow')}</option>
                      {sources[indicator.id]?.period ? (
                        <option value="first_value">
                          {t('targetsEditor.sourceFirstValue', {
                            period: formatPeriod(sources[indicator.id]?.period ?? ''),
                          })}
                        </option>
                      ) : null}
                    </select>
                  )}
                </FormField>
                {sources[indicator.id]?.kind === 'window' ? (
                  <>
                    {(['from', 'to'] as const).map((end) => (
                      <FormField
                        key={end}
                        id={fieldId(`targets.${indicator.id}.window-${end}`)}
                        label={
                          <>
                            {hidden}
                            {t(end === 'from' ? 'targetsEditor.windowFrom' : 'targetsEditor.windowTo')}
                          </>
                        }
                      >
                        {(control) => (
                          <input
                            {...control}
                            type="text"
                            autoComplete="off"
                            className="input--period"
                            placeholder={approvedPeriods[0] ?? ''}
                            value={sources[indicator.id]?.[end] ?? ''}
                            onChange={(event) => setSource(indicator.id, { [end]: event.target.value })}
                          />
                        )}
                      </FormField>
                    ))}
                  </>
                ) : null}
                <FormField
                  className={sources[indicator.id]?.kind === 'window' ? 'field--hidden' : undefined}
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
        {pending ? <PreviewPanel preview={pending.preview} /> : null}
        <div className="targets-form__buttons">
          {pending ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void confirm()}
              disabled={update.isPending}
            >
              {update.isPending ? t('assessment.saving') : t('targetsEditor.confirmSave')}
            </button>
          ) : (
            <button type="submit" className="button button--primary" disabled={isSubmitting}>
              {isSubmitting ? t('assessment.saving') : t('targetsEditor.preview')}
            </button>
          )}
          {pending ? (
            <button type="button" className="button" onClick={() => setPending(null)}>
              {t('targetsEditor.editAgain')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onCancel}>
            {t('workflow.cancel')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** What saving would change: the unapproved scores that move, and the approved ones that keep theirs. */
function PreviewPanel({ preview }: { preview: TargetsPreview }) {
  const t = useT();
  const count = preview.approvedThatWouldDiffer;
  return (
    <section className="targets-preview" aria-labelledby="targets-preview-title" role="status">
      <h3 id="targets-preview-title">{t('targetsEditor.previewHeading')}</h3>
      <p>
        {t('targetsEditor.effectiveFrom')}: {formatPeriod(preview.effectiveFrom)}
      </p>
      {preview.changes.length === 0 ? (
        <p>{t('targetsEditor.previewNone')}</p>
      ) : (
        <DataTable
          caption={t('targetsEditor.previewCaption')}
          columns={[
            {
              key: 'period',
              header: t('targetsEditor.period'),
              rowHeader: true,
              cell: (row: TargetsPreview['changes'][number]) => formatPeriod(row.period),
            },
            { key: 'status', header: t('targetsEditor.status'), cell: (row) => t(`mission.status.${row.status}`) },
            { key: 'before', header: t('targetsEditor.before'), numeric: true, cell: (row) => formatScore(row.before) },
            { key: 'after', header: t('targetsEditor.after'), numeric: true, cell: (row) => formatScore(row.after) },
          ]}
          rows={preview.changes}
          rowKey={(row) => row.assessmentId}
          className="data-table--narrow"
        />
      )}
      <p>
        {count === 0
          ? t('targetsEditor.approvedSame')
          : count === 1
            ? t('targetsEditor.approvedWouldDifferOne')
            : t('targetsEditor.approvedWouldDiffer', { count })}
      </p>
    </section>
  );
}
