import { KPIS, KPI_IDS, type KpiId } from '@cpea/shared/catalog';
import { formatLocale } from '../../../lib/format';
import { useCatalogText, useT } from '../../../lib/i18n';
import type { KpiWeights } from '@cpea/shared/scoring';

interface WhatIfWeightsProps {
  weights: KpiWeights;
  /** True once a slider has moved: the table then ranks by the what-if scores. */
  active: boolean;
  /** What the table is doing, in words: loading the KPI scores, or ranked. */
  status: string;
  onChange: (kpi: KpiId, weight: number) => void;
  onReset: () => void;
}

const weightText = (weight: number) =>
  new Intl.NumberFormat(formatLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(weight);

/** Four KPI weight sliders that re-score and re-rank the missions in the browser; nothing is saved. */
export function WhatIfWeights({ weights, active, status, onChange, onReset }: WhatIfWeightsProps) {
  const t = useT();
  const catalog = useCatalogText();
  const total = KPI_IDS.reduce((sum, kpi) => sum + weights[kpi], 0);
  const share = (kpi: KpiId) => (total > 0 ? Math.round((100 * weights[kpi]) / total) : 0);
  return (
    <fieldset className="what-if">
      <legend>{t('whatIf.legend')}</legend>
      <p className="what-if__lead">{t('whatIf.lead')}</p>
      <div className="what-if__sliders">
        {KPIS.map((kpi) => {
          const id = `what-if-${kpi.id}`;
          return (
            <div key={kpi.id} className="what-if__slider">
              <label htmlFor={id}>{catalog.kpis[kpi.id].name}</label>
              <div className="what-if__control">
                <input
                  id={id}
                  type="range"
                  min={0}
                  max={1}
                  step={0.05}
                  value={weights[kpi.id]}
                  aria-valuetext={t('whatIf.valueText', { weight: weightText(weights[kpi.id]), share: share(kpi.id) })}
                  onChange={(event) => onChange(kpi.id, Number(event.target.value))}
                />
                {/* Shown for the eye; the slider's aria-valuetext says the same to assistive technology. */}
                <span className="what-if__value" aria-hidden="true">
                  {weightText(weights[kpi.id])}
                  <span className="what-if__share"> ({share(kpi.id)} %)</span>
                </span>
              </div>
            </div>
          );
        })}
      </div>
      <div className="what-if__footer">
        <button type="button" className="button button--small" onClick={onReset} disabled={!active}>
          {t('whatIf.reset')}
        </button>
        <p className="what-if__status" aria-live="polite">
          {total === 0 ? t('whatIf.allZero') : ''}
          {status}
        </p>
      </div>
    </fieldset>
  );
}
