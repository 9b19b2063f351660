import { z } from 'zod';
import {
  DIRECTIONS,
  INDICATORS,
  KPI_IDS,
  indicatorIdSchema,
  type Direction,
  type Indicator,
  type IndicatorId,
  type KpiId,
} from './catalog';
import {
  ASSESSMENT_STATUSES,
  valueRuleViolations,
  type AssessmentStatus,
  type IndicatorValues,
  type Provenance,
} from './assessment';
import {
  outlierCheck,
  OUTLIER_WINDOW,
  OUTLIER_Z,
  type IndicatorObservation,
  type OutlierCheck,
} from './method/outlier';
import { rateRatioAgainstValue, rateRatioAgainstWindow, rateRatioSchema, type RateRatio } from './method/rate-ratio';
import { yearTrend } from './method/trend';
import { comparePeriods, periodOrdinal, periodTypeOf } from './periods';
import {
  kpiWeightsSchema,
  resolvedTargetsSchema,
  type MissionTargets,
  type ResolvedTarget,
  type TargetOrigin,
  type TargetSetting,
  TARGET_ORIGINS,
} from './targets';

// The scoring method of DESIGN §5. Pure functions: the server scores with them and the client
// re-scores with them (what-if weights), so a number can always be reproduced from its inputs.

export const BANDS = ['off_track', 'partial', 'on_track'] as const;
export type Band = (typeof BANDS)[number];
export const BAND_LABELS: Record<Band, string> = {
  off_track: 'Off track',
  partial: 'Partially on track',
  on_track: 'On track',
};

export const TRENDS = ['improving', 'stable', 'deteriorating', 'insufficient_data'] as const;
export type TrendClass = (typeof TRENDS)[number];
export const TREND_LABELS: Record<TrendClass, string> = {
  improving: 'Improving',
  stable: 'Stable',
  deteriorating: 'Deteriorating',
  insufficient_data: 'Insufficient data',
};

export type KpiWeights = z.infer<typeof kpiWeightsSchema>;
export const DEFAULT_KPI_WEIGHTS: KpiWeights = {
  violence_reduction: 0.25,
  dispute_resolution: 0.25,
  local_capacity: 0.25,
  civilian_protection: 0.25,
};

export const UNSCORED_REASONS = [
  'not_measured',
  'no_target',
  'no_baseline',
  'context_only',
  'no_disputes_recorded',
  'too_few_events',
] as const;
export type UnscoredReason = (typeof UNSCORED_REASONS)[number];

export const indicatorScoreSchema = z.object({
  indicator: indicatorIdSchema,
  value: z.number().nullable(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  direction: z.enum(DIRECTIONS),
  weight: z.number(),
  origin: z.enum(TARGET_ORIGINS),
  score: z.number().nullable(),
  unscoredReason: z.enum(UNSCORED_REASONS).nullable(),
  /**
   * A count's change against its baseline, unclamped, with its 95 % interval; null for other
   * units or without a value and a baseline. Absent from scores published under methodology
   * 2026.2 or earlier, which did not work it out.
   */
  rateRatio: rateRatioSchema.nullable().optional(),
});
export type IndicatorScore = z.infer<typeof indicatorScoreSchema>;

export const kpiScoreSchema = z.object({
  kpi: z.enum(KPI_IDS),
  score: z.number().nullable(),
  weight: z.number(),
  /** Every scored indicator under this KPI is an output (activity, not effect). */
  outputsOnly: z.boolean(),
  indicators: z.array(indicatorScoreSchema),
});
export type KpiScore = z.infer<typeof kpiScoreSchema>;

export const assessmentScoreSchema = z.object({
  overall: z.number().nullable(),
  band: z.enum(BANDS).nullable(),
  completeness: z.number(),
  kpis: z.array(kpiScoreSchema),
});
export type AssessmentScore = z.infer<typeof assessmentScoreSchema>;

/** A scored period at a glance, as the overview and the comparison show its latest. */
export const periodHeadlineSchema = z.object({
  period: z.string(),
  ...assessmentScoreSchema.pick({ overall: true, band: true, completeness: true }).shape,
});
export type PeriodHeadline = z.infer<typeof periodHeadlineSchema>;

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * 100 × clamp((value − baseline) / (target − baseline), 0, 1): the share of the way from
 * baseline to target, in either direction. When target equals baseline there is no way to go:
 * 100 if the value is at least as good, else 0.
 */
export function scoreIndicator(
  value: number | null,
  baseline: number | null,
  target: number | null,
  direction: Direction,
): number | null {
  if (value == null || baseline == null || target == null) return null;
  if (target === baseline) {
    const atLeastAsGood = direction === 'lower_is_better' ? value <= target : value >= target;
    return atLeastAsGood ? 100 : 0;
  }
  return 100 * clamp((value - baseline) / (target - baseline), 0, 1);
}

export function weightedMean(items: { value: number; weight: number }[]): number | null {
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  if (items.length === 0 || totalWeight <= 0) return null;
  return items.reduce((sum, item) => sum + item.value * item.weight, 0) / totalWeight;
}

/**
 * An overall score built on fewer KPIs than this says too little to be banded or ranked: a
 * single well-reported KPI would otherwise stand for the whole mission.
 */
export const MIN_KPIS_FOR_BAND = 3;

/** How many of the KPIs an overall score was built on, from its completeness. */
export function scoredKpiCount(completeness: number): number {
  return Math.round(completeness * KPI_IDS.length);
}

/** Whether an overall score rests on enough KPIs to carry a band and a rank. */
export function hasEnoughKpis(completeness: number): boolean {
  return scoredKpiCount(completeness) >= MIN_KPIS_FOR_BAND;
}

/** The band of an overall score, or none when it rests on too few KPIs. */
export function bandFor(overall: number | null, completeness: number): Band | null {
  return hasEnoughKpis(completeness) ? bandOf(overall) : null;
}

/** The overall score from which each band above the lowest begins. */
export const BAND_THRESHOLDS = { partial: 40, on_track: 70 } as const satisfies Partial<Record<Band, number>>;

export function bandOf(score: number | null): Band | null {
  if (score == null) return null;
  if (score < BAND_THRESHOLDS.partial) return 'off_track';
  if (score < BAND_THRESHOLDS.on_track) return 'partial';
  return 'on_track';
}

/** Entered values plus the derived ones (dispute resolution rate). */
export function withDerivedValues(values: IndicatorValues): IndicatorValues {
  const recorded = values.disputes_recorded;
  const resolved = values.disputes_resolved;
  const rate = recorded != null && resolved != null && recorded > 0 ? (100 * resolved) / recorded : null;
  return { ...values, dispute_resolution_rate: rate };
}

export interface HistoryPoint {
  period: string;
  values: IndicatorValues;
  /** Only approved periods feed a baseline window; a point without a status feeds none. */
  status?: AssessmentStatus;
}

/**
 * An indicator's approved, measured values over a window of periods: their sum and how many
 * periods they are. Drafts and submitted assessments never feed it.
 */
export function windowTotals(
  id: IndicatorId,
  window: { from: string; to: string },
  history: readonly HistoryPoint[],
): { events: number; periods: number } {
  const from = periodOrdinal(window.from);
  const to = periodOrdinal(window.to);
  const type = periodTypeOf(window.from);
  let events = 0;
  let periods = 0;
  for (const point of history) {
    if (point.status !== 'approved' || periodTypeOf(point.period) !== type) continue;
    const ordinal = periodOrdinal(point.period);
    const value = point.values[id];
    if (ordinal < from || ordinal > to || value == null) continue;
    events += value;
    periods++;
  }
  return { events, periods };
}

/** The mean of an indicator's approved values over a window of periods, or null when none is approved and measured. */
export function windowBaseline(
  id: IndicatorId,
  window: { from: string; to: string },
  history: readonly HistoryPoint[],
): number | null {
  const totals = windowTotals(id, window, history);
  return totals.periods === 0 ? null : totals.events / totals.periods;
}

/** The baseline a setting puts in force: typed or written down, or worked out over its window. */
function settingBaseline(
  id: IndicatorId,
  set: TargetSetting | undefined,
  history: readonly HistoryPoint[],
): Pick<ResolvedTarget, 'baseline' | 'baselineWindow'> {
  if (!set) return { baseline: null };
  const source = set.baselineSource;
  if (source?.kind !== 'window') return { baseline: set.baseline };
  const totals = windowTotals(id, source, history);
  return totals.periods === 0
    ? { baseline: null }
    : { baseline: totals.events / totals.periods, baselineWindow: totals };
}

/**
 * The baseline, target and weight in force for every indicator of a mission under one version
 * of its settings. `history` matters only to baselines worked out over a window of approved
 * periods; nothing else is taken from the data.
 */
export function resolveTargets(
  settings: MissionTargets,
  history: readonly HistoryPoint[],
  indicators: readonly Indicator[] = INDICATORS,
): Record<IndicatorId, ResolvedTarget> {
  const resolved = {} as Record<IndicatorId, ResolvedTarget>;
  for (const indicator of indicators) {
    const set = settings[indicator.id];
    const weight = set?.weight ?? 1;
    const { baseline, baselineWindow } = settingBaseline(indicator.id, set, history);
    const bounds = withCatalogDefaults(indicator, baseline, set?.target ?? null);
    resolved[indicator.id] = {
      ...bounds,
      ...(baselineWindow ? { baselineWindow } : {}),
      weight,
      origin: originOf(indicator, set),
    };
  }
  return resolved;
}

/** The catalog fills a bound the mission left unset: a fixed one, or 50 % of the baseline. */
function withCatalogDefaults(
  indicator: Indicator,
  baseline: number | null,
  target: number | null,
): Pick<ResolvedTarget, 'baseline' | 'target'> {
  const rule = indicator.defaultTarget;
  switch (rule.rule) {
    case 'fixed':
      return { baseline: baseline ?? rule.baseline, target: target ?? rule.target };
    case 'half_of_baseline':
      return { baseline, target: target ?? (baseline == null ? null : baseline * 0.5) };
    case 'none':
      return { baseline, target };
  }
}

/** Whether a setting sets a baseline (typed, written down, or a window). */
function setsBaseline(set: TargetSetting | undefined): boolean {
  return set != null && (set.baselineSource?.kind === 'window' || set.baseline != null);
}

/**
 * One origin for the indicator: the mission's if it typed a target or set a baseline itself;
 * `first_value` when its baseline is the first assessed value written down when that default
 * was retired (and it set no target); otherwise the catalog rule's.
 */
function originOf(indicator: Indicator, set: TargetSetting | undefined): TargetOrigin {
  if (set?.target != null) return 'mission';
  if (setsBaseline(set)) return set?.baselineSource?.kind === 'first_value' ? 'first_value' : 'mission';
  return indicator.defaultTarget.rule === 'fixed' ? 'catalog' : 'none';
}

export const BOUND_ORIGINS = [
  'mission',
  'catalog',
  'first_value',
  'window',
  'half_of_baseline',
  'no_baseline',
  'none',
] as const;
/** Where one bound (baseline or target) in force comes from. */
export type BoundOrigin = (typeof BOUND_ORIGINS)[number];
export type BoundOrigins = Record<'baseline' | 'target', BoundOrigin>;

/**
 * Where an indicator's baseline and target in force come from, bound by bound: a mission may
 * set only a baseline and leave the target to the catalog rule (50 % of that baseline).
 * `resolved` is what resolveTargets put in force under `setting`.
 */
export function boundOrigins(
  id: IndicatorId,
  setting: TargetSetting | undefined,
  resolved: Pick<ResolvedTarget, 'baseline' | 'target'>,
  indicators: readonly Indicator[] = INDICATORS,
): BoundOrigins {
  // An indicator outside the set is a custom one read without its set: the catalog has no default for it.
  const rule = indicators.find((indicator) => indicator.id === id)?.defaultTarget.rule ?? 'none';
  const unset: BoundOrigin = rule === 'fixed' ? 'catalog' : rule === 'half_of_baseline' ? 'no_baseline' : 'none';
  const baseline: BoundOrigin = !setsBaseline(setting)
    ? unset
    : setting?.baselineSource?.kind === 'window'
      ? 'window'
      : setting?.baselineSource?.kind === 'first_value'
        ? 'first_value'
        : 'mission';
  const target: BoundOrigin =
    setting?.target != null
      ? 'mission'
      : rule === 'half_of_baseline' && resolved.baseline != null
        ? 'half_of_baseline'
        : unset;
  return { baseline, target };
}

/**
 * A count's change against its baseline: against the events of a window when the baseline is
 * one (exact conditional interval), else against the typed rate (exact Poisson interval). Null
 * for other units, without a value or a baseline, or for a value that is not a whole count. An
 * outcome count (events) whose baseline is below 5 a period is not to be scored.
 */
export function countRateRatio(
  indicator: Indicator,
  value: number | null,
  target: Pick<ResolvedTarget, 'baseline' | 'baselineWindow'>,
): RateRatio | null {
  if (indicator.unit !== 'count' || value == null || target.baseline == null) return null;
  if (!Number.isInteger(value) || value < 0) return null;
  const window = target.baselineWindow;
  const rateRatio =
    window && Number.isInteger(window.events) && window.events >= 0 && window.periods >= 1
      ? rateRatioAgainstWindow(value, window.events, window.periods)
      : target.baseline >= 0
        ? rateRatioAgainstValue(value, target.baseline)
        : null;
  // The floor is for counts of events; an output (trainees, engagements) is the mission's own
  // activity, planned up from nothing, and scored against its target whatever its baseline.
  return rateRatio && indicator.kind === 'output' ? { ...rateRatio, scored: true, reason: null } : rateRatio;
}

/** One indicator's score, or why it has none, and a count's rate ratio; `values` are the assessment's, for the reason. */
export function scoreIndicatorValue(
  indicator: Indicator,
  value: number | null,
  target: ResolvedTarget,
  values: IndicatorValues,
) {
  let unscoredReason: UnscoredReason | null = null;
  let score: number | null = null;
  const rateRatio = countRateRatio(indicator, value, target);
  if (!indicator.scored) unscoredReason = 'context_only';
  else if (value == null) {
    unscoredReason =
      indicator.id === 'dispute_resolution_rate' && values.disputes_recorded === 0
        ? 'no_disputes_recorded'
        : 'not_measured';
  } else if (target.baseline == null && indicator.defaultTarget.rule === 'half_of_baseline')
    unscoredReason = 'no_baseline';
  else if (rateRatio?.reason === 'too_few_events') unscoredReason = 'too_few_events';
  else if (target.baseline == null || target.target == null) unscoredReason = 'no_target';
  else score = scoreIndicator(value, target.baseline, target.target, indicator.direction);
  return { score, unscoredReason, rateRatio };
}

/** No baseline, no target, weight 1: what scoring puts in force for an indicator a settings version predates. */
const UNSET_TARGET: ResolvedTarget = { baseline: null, target: null, weight: 1, origin: 'none' };

export function scoreAssessment(
  entered: IndicatorValues,
  targets: Record<IndicatorId, ResolvedTarget>,
  kpiWeights: KpiWeights = DEFAULT_KPI_WEIGHTS,
  catalog: readonly Indicator[] = INDICATORS,
): AssessmentScore {
  const values = withDerivedValues(entered);
  const kpis: KpiScore[] = KPI_IDS.map((kpi) => {
    // A custom indicator a period did not measure is left out of its score, not listed as not
    // measured: one added to the catalog later leaves the scores of the periods before it as
    // they were published.
    const indicators: IndicatorScore[] = catalog
      .filter((indicator) => indicator.kpi === kpi && (!indicator.custom || values[indicator.id] != null))
      .map((indicator) => {
        const value = values[indicator.id] ?? null;
        const target = targets[indicator.id] ?? UNSET_TARGET;
        return {
          indicator: indicator.id,
          value,
          baseline: target.baseline,
          target: target.target,
          direction: indicator.direction,
          weight: target.weight,
          origin: target.origin,
          ...scoreIndicatorValue(indicator, value, target, values),
        };
      });
    const scored = indicators.filter((item) => item.score != null);
    const score = weightedMean(scored.map((item) => ({ value: item.score as number, weight: item.weight })));
    const outputsOnly =
      score != null &&
      scored.every((item) => catalog.find((indicator) => indicator.id === item.indicator)?.kind === 'output');
    return { kpi, score, weight: kpiWeights[kpi], outputsOnly, indicators };
  });
  const overall = overallScore(Object.fromEntries(kpis.map((kpi) => [kpi.kpi, kpi.score])), kpiWeights);
  const completeness = kpis.filter((kpi) => kpi.score != null).length / KPI_IDS.length;
  return { overall, band: bandFor(overall, completeness), completeness, kpis };
}

/**
 * The overall score: the weighted mean of the KPI scores present under these KPI weights; an
 * unscored KPI is left out, not counted as zero. The what-if weights re-score with it.
 */
export function overallScore(kpiScores: Partial<Record<KpiId, number | null>>, kpiWeights: KpiWeights): number | null {
  const present = KPI_IDS.flatMap((kpi) => {
    const score = kpiScores[kpi];
    return score == null ? [] : [{ value: score, weight: kpiWeights[kpi] }];
  });
  return weightedMean(present);
}

/**
 * Scores values not saved yet exactly as the server will once they are saved under `period`:
 * under the settings version in force at that period (the latest when the period is not known
 * yet), whose baselines are already resolved, since a draft never feeds a baseline.
 */
export function scoreDraft(
  draft: { values: IndicatorValues; period: string | null },
  mission: Pick<MissionScores, 'targets' | 'kpiWeights' | 'settingsVersions'> | undefined,
  indicators: readonly Indicator[] = INDICATORS,
): AssessmentScore {
  const version = mission && draft.period != null ? versionInForce(mission.settingsVersions, draft.period) : undefined;
  const targets = version?.targets ?? mission?.targets ?? resolveTargets({}, [], indicators);
  return scoreAssessment(
    draft.values,
    targets,
    version?.kpiWeights ?? mission?.kpiWeights ?? DEFAULT_KPI_WEIGHTS,
    indicators,
  );
}

/** A version of a mission's settings as scoring sees it; id and effectiveFrom null for unversioned settings. */
export interface ScoringVersion {
  id: number | null;
  effectiveFrom: string | null;
  targets: MissionTargets;
  kpiWeights: KpiWeights;
}

/**
 * The version in force at a period: the one with the latest effective-from not after it (the
 * later created of two from the same period); a period before every version takes the first.
 * Versions in any order; undefined only when there are none.
 */
export function versionInForce<V extends { id: number | null; effectiveFrom: string | null }>(
  versions: readonly V[],
  period: string,
): V | undefined {
  const ordered = orderVersions(versions);
  const type = periodTypeOf(period);
  let inForce = ordered[0];
  for (const version of ordered) {
    const from = version.effectiveFrom;
    if (from == null || (periodTypeOf(from) === type && periodOrdinal(from) <= periodOrdinal(period)))
      inForce = version;
  }
  return inForce;
}

/** Versions oldest first: by effective-from, then by id (creation). */
export function orderVersions<V extends { id: number | null; effectiveFrom: string | null }>(
  versions: readonly V[],
): V[] {
  const ordinal = (from: string | null) => (from == null ? -Infinity : periodOrdinal(from));
  return [...versions].sort(
    (a, b) => ordinal(a.effectiveFrom) - ordinal(b.effectiveFrom) || (a.id ?? -1) - (b.id ?? -1),
  );
}

/** A settings version with its baselines and targets resolved against the mission's history. */
export const resolvedVersionSchema = z.object({
  id: z.number().int().nullable(),
  effectiveFrom: z.string().nullable(),
  targets: resolvedTargetsSchema,
  kpiWeights: kpiWeightsSchema,
});
export type ResolvedVersion = z.infer<typeof resolvedVersionSchema>;

/** Every version resolved (window baselines worked out over the approved history), oldest first. */
export function resolveVersions(
  versions: readonly ScoringVersion[],
  history: readonly HistoryPoint[],
  indicators: readonly Indicator[] = INDICATORS,
): ResolvedVersion[] {
  return orderVersions(versions).map((version) => ({
    id: version.id,
    effectiveFrom: version.effectiveFrom,
    targets: resolveTargets(version.targets, history, indicators),
    kpiWeights: version.kpiWeights,
  }));
}

export const trendSchema = z.object({
  trend: z.enum(TRENDS),
  /** Least-squares slope of the overall score over the last year, points per year; null with too few periods. */
  slopePerYear: z.number().nullable(),
  /** The scored periods the slope was fitted to, oldest first. */
  periods: z.array(z.string()),
});
export type Trend = z.infer<typeof trendSchema>;

/** The trend of the overall score over the last year of scored periods (method/trend.ts), as every view shows it. */
export function trendOf(points: readonly { period: string; overall: number | null }[]): Trend {
  const { direction, slopePerYear, periods } = yearTrend(points);
  return { trend: direction ?? 'insufficient_data', slopePerYear, periods };
}

export const FLAGS = ['incomplete', 'outlier', 'recorded_surge', 'inconsistent', 'outputs_only'] as const;
export type Flag = (typeof FLAGS)[number];
export const FLAG_LABELS: Record<Flag, string> = {
  incomplete: 'Incomplete',
  outlier: 'Outlier',
  recorded_surge: 'Surge in recorded events',
  inconsistent: 'Inconsistent',
  outputs_only: 'Outputs only',
};

export const dataQualitySchema = z.object({
  flag: z.enum(FLAGS),
  detail: z.string(),
  indicators: z.array(indicatorIdSchema),
});
export type DataQuality = z.infer<typeof dataQualitySchema>;

/**
 * Where a period's score comes from: `published`, stored when the assessment was approved and
 * unchanged since; `live`, computed now under today's settings (drafts, submitted assessments,
 * and approved ones in the "rescored under current settings" view).
 */
export const SCORE_BASES = ['published', 'live'] as const;
export type ScoreBasis = (typeof SCORE_BASES)[number];

/** An assessment's scores with their data-quality flags: what approval publishes. */
export const flaggedScoreSchema = z.object({
  ...assessmentScoreSchema.shape,
  flags: z.array(dataQualitySchema),
});
export type FlaggedScore = z.infer<typeof flaggedScoreSchema>;

export const periodScoreSchema = z.object({
  assessmentId: z.number().int(),
  period: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  ...flaggedScoreSchema.shape,
  scoreBasis: z.enum(SCORE_BASES),
});
export type PeriodScore = z.infer<typeof periodScoreSchema>;

/** `GET /api/missions/:id/scores`. */
export const missionScoresSchema = z.object({
  periods: z.array(periodScoreSchema),
  trend: trendSchema,
  /** The baselines, targets and weights in force now (the latest version). */
  targets: resolvedTargetsSchema,
  kpiWeights: kpiWeightsSchema,
  /** Every version of the settings, resolved, oldest first: a period is scored under the one in force at it. */
  settingsVersions: z.array(resolvedVersionSchema),
});
export type MissionScores = z.infer<typeof missionScoresSchema>;

export interface ScorableAssessment extends HistoryPoint {
  id: number;
  status: AssessmentStatus;
  /** Where each value came from: a rise in a UCDP count is a surge in recorded events, not an outlier. */
  provenance?: Partial<Record<IndicatorId, Provenance>>;
}

/**
 * Score every assessment of a mission, each under the settings version in force at its period,
 * with data-quality flags and trend. `settings` is either the versions or one unversioned set
 * of targets (with `kpiWeights`) for every period; `indicators` is the mission's indicator set,
 * the standard catalog and the custom indicators it has.
 */
export function scoreMission(
  assessments: readonly ScorableAssessment[],
  settings: MissionTargets | readonly ScoringVersion[],
  kpiWeights: KpiWeights = DEFAULT_KPI_WEIGHTS,
  indicators: readonly Indicator[] = INDICATORS,
): MissionScores {
  const versions: readonly ScoringVersion[] = Array.isArray(settings)
    ? settings
    : [{ id: null, effectiveFrom: null, targets: settings as MissionTargets, kpiWeights }];
  const ordered = [...assessments].sort((a, b) => comparePeriods(a.period, b.period));
  const resolved = resolveVersions(versions, ordered, indicators);
  const none: ResolvedVersion = {
    id: null,
    effectiveFrom: null,
    targets: resolveTargets({}, [], indicators),
    kpiWeights: DEFAULT_KPI_WEIGHTS,
  };
  const outliers = flaggedOutliers(ordered, indicators);
  const periods = ordered.map((assessment, i) => {
    const version = versionInForce(resolved, assessment.period) ?? none;
    const score = scoreAssessment(assessment.values, version.targets, version.kpiWeights, indicators);
    return {
      assessmentId: assessment.id,
      period: assessment.period,
      status: assessment.status,
      ...score,
      flags: qualityFlags(assessment, score, outliers[i]),
      scoreBasis: 'live' as const,
    };
  });
  const latest = resolved.at(-1) ?? none;
  return {
    periods,
    trend: trendOf(periods),
    targets: latest.targets,
    kpiWeights: latest.kpiWeights,
    settingsVersions: resolved,
  };
}

/** A flagged outlier check of one indicator's value. */
type FlaggedCheck = { id: IndicatorId; check: OutlierCheck };

/**
 * Per assessment (in period order, one per period), the outlier checks that flag one of its
 * entered values. Each check is given only the up to 8 measured periods before the value, which
 * are all outlierCheck ever looks at, so a long history costs no more per value than a short one.
 */
function flaggedOutliers(ordered: readonly ScorableAssessment[], indicators: readonly Indicator[]): FlaggedCheck[][] {
  const flagged: FlaggedCheck[][] = ordered.map(() => []);
  for (const indicator of indicators) {
    if (indicator.derived) continue;
    const prior: IndicatorObservation[] = [];
    ordered.forEach((point, i) => {
      const value = point.values[indicator.id];
      if (value == null) return;
      const current = { period: point.period, value, provenance: point.provenance?.[indicator.id] ?? null };
      const check = outlierCheck([...prior, current], point.period);
      if (check.flagged) flagged[i].push({ id: indicator.id, check });
      prior.push(current);
      if (prior.length > OUTLIER_WINDOW) prior.shift();
    });
  }
  return flagged;
}

function qualityFlags(
  assessment: ScorableAssessment,
  score: AssessmentScore,
  checks: readonly FlaggedCheck[],
): DataQuality[] {
  const flags: DataQuality[] = [];
  if (score.completeness < 1) {
    const missing = score.kpis.filter((kpi) => kpi.score == null).map((kpi) => kpi.kpi);
    flags.push({
      flag: 'incomplete',
      detail: `${missing.length} of ${KPI_IDS.length} KPIs could not be scored: ${missing.join(', ')}`,
      indicators: [],
    });
  }
  const outliers = checks.filter((item) => !item.check.surgeInRecordedEvents).map((item) => item.id);
  if (outliers.length > 0) {
    flags.push({
      flag: 'outlier',
      detail: `Modified z-score above ${OUTLIER_Z} against the up to ${OUTLIER_WINDOW} periods before it: ${outliers.join(', ')}`,
      indicators: outliers,
    });
  }
  const surges = checks.filter((item) => item.check.surgeInRecordedEvents).map((item) => item.id);
  if (surges.length > 0) {
    flags.push({
      flag: 'recorded_surge',
      detail: `Surge in recorded events (UCDP GED), far above the up to ${OUTLIER_WINDOW} periods before it: ${surges.join(', ')}`,
      indicators: surges,
    });
  }
  const violations = valueRuleViolations(assessment.values);
  if (violations.length > 0) {
    flags.push({ flag: 'inconsistent', detail: violations.map((v) => v.message).join('; '), indicators: [] });
  }
  const outputsOnly = score.kpis.filter((kpi) => kpi.outputsOnly).map((kpi) => kpi.kpi);
  if (outputsOnly.length > 0) {
    flags.push({
      flag: 'outputs_only',
      detail: `Scored only on output indicators (activity, not effect): ${outputsOnly.join(', ')}`,
      indicators: [],
    });
  }
  return flags;
}
