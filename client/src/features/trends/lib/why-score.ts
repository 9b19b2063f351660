import { INDICATORS, KPIS, KPI_IDS, type IndicatorId, type KpiId, type Unit } from '@cpea/shared/catalog';
import type { AssessmentScore, IndicatorScore, UnscoredReason } from '@cpea/shared/scoring';
import { formatScore } from '../../../lib/format';
import { formulaNumber } from '../../../lib/formula-number';

// "Why this score?": every score of a period worked through with its actual numbers, in the
// formulas of DESIGN §5, so a reader can redo the sum by hand.

export const UNSCORED_WORDS: Record<UnscoredReason, string> = {
  not_measured: 'not measured',
  no_target: 'no target set',
  context_only: 'context only',
  no_disputes_recorded: 'no disputes recorded',
};

const MINUS = '−';

/** 100 × clamp((value − baseline) / (target − baseline), 0, 1) with the numbers substituted; null when unscored. */
export function indicatorFormula(score: Pick<IndicatorScore, 'value' | 'baseline' | 'target' | 'direction' | 'score'>) {
  const { value, baseline, target, direction } = score;
  if (score.score == null || value == null || baseline == null || target == null) return null;
  const [v, b, t] = [value, baseline, target].map(formulaNumber);
  if (target === baseline) {
    const atLeastAsGood = direction === 'lower_is_better' ? value <= target : value >= target;
    const op = direction === 'lower_is_better' ? (atLeastAsGood ? '≤' : '>') : atLeastAsGood ? '≥' : '<';
    return `target = baseline = ${t}: ${v} ${op} ${t}, so ${formatScore(score.score)}`;
  }
  return `100 × clamp((${v} ${MINUS} ${b}) / (${t} ${MINUS} ${b}), 0, 1) = ${formatScore(score.score)}`;
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

function derivationOf(id: IndicatorId, indicators: readonly IndicatorScore[], value: number | null): string | null {
  if (id !== 'dispute_resolution_rate') return null;
  const recorded = indicators.find((item) => item.indicator === 'disputes_recorded')?.value;
  const resolved = indicators.find((item) => item.indicator === 'disputes_resolved')?.value;
  if (value == null || recorded == null || resolved == null) return null;
  return `100 × ${formulaNumber(resolved)} resolved ÷ ${formulaNumber(recorded)} recorded = ${formulaNumber(value)} %`;
}

export function explainPeriod(score: AssessmentScore): PeriodExplanation {
  const kpis = KPI_IDS.map((id): KpiExplanation => {
    const kpi = score.kpis.find((item) => item.kpi === id);
    const name = KPIS.find((item) => item.id === id)?.name ?? id;
    const indicators = (kpi?.indicators ?? []).map((item): IndicatorExplanation => {
      const indicator = INDICATORS.find((candidate) => candidate.id === item.indicator);
      return {
        id: item.indicator,
        name: indicator?.name ?? item.indicator,
        unit: indicator?.unit ?? 'count',
        value: item.value,
        baseline: item.baseline,
        target: item.target,
        weight: item.weight,
        score: item.score,
        formula: indicatorFormula(item),
        reason: item.score == null ? UNSCORED_WORDS[item.unscoredReason ?? 'not_measured'] : null,
        derivation: derivationOf(item.indicator, kpi?.indicators ?? [], item.value),
      };
    });
    const scored = indicators.flatMap((item) =>
      item.score == null ? [] : [{ value: item.score, weight: item.weight }],
    );
    const kpiScore = kpi?.score ?? null;
    return {
      id,
      name,
      score: kpiScore,
      weight: kpi?.weight ?? 0,
      formula: weightedMeanFormula(scored, kpiScore),
      reason:
        kpiScore == null
          ? 'not scored: none of its indicators could be scored, so it is left out of the overall score, not counted as zero'
          : null,
      indicators,
    };
  });
  const present = kpis.flatMap((kpi) => (kpi.score == null ? [] : [{ value: kpi.score, weight: kpi.weight }]));
  return {
    overall: score.overall,
    formula: weightedMeanFormula(present, score.overall),
    reason: score.overall == null ? 'not scored: no KPI could be scored' : null,
    completeness:
      score.overall != null && present.length < KPI_IDS.length
        ? `Built on ${present.length} of ${KPI_IDS.length} KPIs: flagged incomplete, not averaged as if complete.`
        : null,
    kpis,
  };
}
