import { INDICATORS, KPI_IDS, type Indicator, type IndicatorId, type KpiId, type Unit } from '@cpea/shared/catalog';
import { indicatorText, type CatalogText } from '@cpea/shared/i18n/catalog-text';
import type { AssessmentScore, IndicatorScore } from '@cpea/shared/scoring';
import { formatScore, formulaNumber } from '../../../lib/format';
import { rateRatioText } from '../../../lib/rate-ratio-text';
import type { Translate } from '../../../lib/i18n';

// "Why this score?": every score of a period worked through with its actual numbers, in the
// formulas of DESIGN §5, so a reader can redo the sum by hand.

const MINUS = '−';

/** 100 × clamp((value − baseline) / (target − baseline), 0, 1) with the numbers substituted; null when unscored. */
export function indicatorFormula(
  score: Pick<IndicatorScore, 'value' | 'baseline' | 'target' | 'direction' | 'score'>,
  t: Translate,
) {
  const { value, baseline, target, direction } = score;
  if (score.score == null || value == null || baseline == null || target == null) return null;
  const [v, b, tg] = [value, baseline, target].map(formulaNumber);
  if (target === baseline) {
    const atLeastAsGood = direction === 'lower_is_better' ? value <= target : value >= target;
    const op = direction === 'lower_is_better' ? (atLeastAsGood ? '≤' : '>') : atLeastAsGood ? '≥' : '<';
    return t('whyScore.equalBounds', { target: tg, value: v, op, score: formatScore(score.score) });
  }
  return `100 × clamp((${v} ${MINUS} ${b}) / (${tg} ${MINUS} ${b}), 0, 1) = ${formatScore(score.score)}`;
}

/** (w₁ × s₁ + w₂ × s₂) / (w₁ + w₂) = result, with the numbers substituted; null when nothing was scored. */
export function weightedMeanFormula(items: readonly { value: number; weight: number }[], result: number | null) {
  if (items.length === 0 || result == null) return null;
  const terms = items.map((item) => `${formulaNumber(item.weight)} × ${formatScore(item.value)}`).join(' + ');
  const weights = items.map((item) => formulaNumber(item.weight)).join(' + ');
  return `(${terms}) / (${weights}) = ${formatScore(result)}`;
}

export interface IndicatorExplanation {
  id: IndicatorId;
  name: string;
  unit: Unit;
  value: number | null;
  baseline: number | null;
  target: number | null;
  weight: number;
  score: number | null;
  /** The formula with its numbers, or null when unscored. */
  formula: string | null;
  /** Why it is unscored, in words, or null when scored. */
  reason: string | null;
  /** How a derived value was computed from the entered ones. */
  derivation: string | null;
  /** A count's change against its baseline in words, or null for other units or without a baseline. */
  change: ReturnType<typeof rateRatioText> | null;
}

export interface KpiExplanation {
  id: KpiId;
  name: string;
  score: number | null;
  weight: number;
  formula: string | null;
  reason: string | null;
  indicators: IndicatorExplanation[];
}

export interface PeriodExplanation {
  overall: number | null;
  formula: string | null;
  reason: string | null;
  /** Set when the overall rests on fewer than all KPIs. */
  completeness: string | null;
  kpis: KpiExplanation[];
}

function derivationOf(
  id: IndicatorId,
  indicators: readonly IndicatorScore[],
  value: number | null,
  t: Translate,
): string | null {
  if (id !== 'dispute_resolution_rate') return null;
  const recorded = indicators.find((item) => item.indicator === 'disputes_recorded')?.value;
  const resolved = indicators.find((item) => item.indicator === 'disputes_resolved')?.value;
  if (value == null || recorded == null || resolved == null) return null;
  return t('whyScore.derivation', {
    resolved: formulaNumber(resolved),
    recorded: formulaNumber(recorded),
    rate: formulaNumber(value),
  });
}

/** Names come from `catalog` and words from `t`, so the working reads in the screen's language. */
export function explainPeriod(
  score: AssessmentScore,
  t: Translate,
  catalog: CatalogText,
  indicatorSet: readonly Indicator[] = INDICATORS,
): PeriodExplanation {
  const kpis = KPI_IDS.map((id): KpiExplanation => {
    const kpi = score.kpis.find((item) => item.kpi === id);
    const indicators = (kpi?.indicators ?? []).map((item): IndicatorExplanation => ({
      id: item.indicator,
      name: indicatorText(catalog, item.indicator).name,
      unit: indicatorSet.find((indicator) => indicator.id === item.indicator)?.unit ?? 'number',
      value: item.value,
      baseline: item.baseline,
      target: item.target,
      weight: item.weight,
      score: item.score,
      formula: indicatorFormula(item, t),
      reason: item.score == null ? t(`whyScore.unscored.${item.unscoredReason ?? 'not_measured'}`) : null,
      derivation: derivationOf(item.indicator, kpi?.indicators ?? [], item.value, t),
      change: item.rateRatio ? rateRatioText(item.rateRatio, t) : null,
    }));
    const scored = indicators.flatMap((item) =>
      item.score == null ? [] : [{ value: item.score, weight: item.weight }],
    );
    const kpiScore = kpi?.score ?? null;
    return {
      id,
      name: catalog.kpis[id].name,
      score: kpiScore,
      weight: kpi?.weight ?? 0,
      formula: weightedMeanFormula(scored, kpiScore),
      reason: kpiScore == null ? t('whyScore.kpiNotScored') : null,
      indicators,
    };
  });
  const present = kpis.flatMap((kpi) => (kpi.score == null ? [] : [{ value: kpi.score, weight: kpi.weight }]));
  return {
    overall: score.overall,
    formula: weightedMeanFormula(present, score.overall),
    reason: score.overall == null ? t('whyScore.overallNotScored') : null,
    completeness:
      score.overall != null && present.length < KPI_IDS.length
        ? t('whyScore.completeness', { present: present.length, total: KPI_IDS.length })
        : null,
    kpis,
  };
}
