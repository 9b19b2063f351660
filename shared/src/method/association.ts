import { z } from 'zod';
import { HIGH_SEVERITY, LOW_SEVERITY, mean, spearmanRho } from '../statistics';
import { mulberry32 } from './random';

// How a challenge category goes with effectiveness across missions (DESIGN §5), separating the
// two questions a pooled correlation mixes up: do missions that face the challenge more score
// lower (between missions), and does a mission score lower in the periods it faces the
// challenge more (within missions)? Missions, not assessments, are the independent units, so
// the intervals come from a bootstrap that resamples whole missions (a cluster bootstrap:
// Davison & Hinkley 1997, Bootstrap Methods and their Application, ch. 3 on hierarchical data;
// Field & Welsh 2007, JRSS B 69: 369–390).

/** Each side of the gap needs this many assessments … */
export const GAP_MIN_ASSESSMENTS = 5;
/** … from this many missions. */
export const GAP_MIN_MISSIONS = 2;
/** Fewer missions than this and a rank correlation of their means says nothing. */
export const BETWEEN_MIN_MISSIONS = 3;
/** Fewer assessments than this (in missions with at least two) and there is no within-mission rho. */
export const WITHIN_MIN_ASSESSMENTS = 5;
export const BOOTSTRAP_RESAMPLES = 2_000;
/** Fixed, so the same assessments always give the same intervals. */
export const BOOTSTRAP_SEED = 20_140_410;

/** One assessment as the association sees it, for one challenge category. */
export interface SeverityScoreRow {
  missionId: number;
  /** 0 none … 4 critical. */
  severity: number;
  overall: number;
}

const statisticSchema = z.object({
  estimate: z.number().nullable(),
  /** 95 % percentile interval from the cluster bootstrap; null with the estimate, or when too few resamples had one. */
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});
export type AssociationStatistic = z.infer<typeof statisticSchema>;

const sideSchema = z.object({
  assessments: z.number().int(),
  missions: z.number().int(),
  meanOverall: z.number().nullable(),
});

/**
 * One challenge category's association with the overall score: the between-mission rho (of
 * the missions' mean severity and mean overall score, n = missions), the within-mission rho
 * (after subtracting each mission's own means), and the gap in mean overall score between
 * assessments rating it high or critical (≥ 3) and none or low (≤ 1), negative when severe goes
 * with lower scores. The gap is null, with the reason 'too_few_to_compare', unless each side
 * has at least 5 assessments from at least 2 missions.
 */
export const challengeAssociationSchema = z.object({
  challenge: z.string(),
  assessments: z.number().int(),
  missions: z.number().int(),
  betweenRho: statisticSchema,
  withinRho: statisticSchema,
  gap: statisticSchema,
  gapReason: z.enum(['too_few_to_compare']).nullable(),
  high: sideSchema,
  low: sideSchema,
  resamples: z.number().int(),
});
export type ChallengeAssociation = z.infer<typeof challengeAssociationSchema>;

type Cluster = readonly SeverityScoreRow[];

interface PointEstimates {
  betweenRho: number | null;
  withinRho: number | null;
  gap: number | null;
}

/**
 * What the statistics need from one mission, worked out once: a resample only picks missions,
 * so its statistics are sums over these.
 */
interface MissionSummary {
  meanSeverity: number;
  meanOverall: number;
  /** Each assessment's severity and overall score minus the mission's means; empty for a single assessment. */
  severityDeviations: number[];
  overallDeviations: number[];
  high: { sum: number; count: number };
  low: { sum: number; count: number };
}

/**
 * The association of one challenge category with the overall score, with 95 % intervals from
 * `resamples` bootstrap resamples of whole missions (percentile method, seeded: the same rows
 * in any order give the same numbers).
 */
export function challengeAssociation(
  challenge: string,
  rows: readonly SeverityScoreRow[],
  { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED }: { resamples?: number; seed?: number } = {},
): ChallengeAssociation {
  const clusters = clustersByMission(rows);
  const summaries = clusters.map(summarise);
  const high = side(clusters, (row) => row.severity >= HIGH_SEVERITY);
  const low = side(clusters, (row) => row.severity <= LOW_SEVERITY);
  const comparable = [high, low].every((s) => s.assessments >= GAP_MIN_ASSESSMENTS && s.missions >= GAP_MIN_MISSIONS);
  const point = estimates(summaries);
  if (!comparable) point.gap = null;

  const draws: Record<keyof PointEstimates, number[]> = { betweenRho: [], withinRho: [], gap: [] };
  const random = mulberry32(seed);
  for (let r = 0; r < resamples && summaries.length > 0; r++) {
    // A mission drawn twice counts as two missions, as the cluster bootstrap intends.
    const resample = summaries.map(() => summaries[Math.floor(random() * summaries.length)]);
    const stats = estimates(resample);
    for (const key of Object.keys(draws) as (keyof PointEstimates)[]) {
      const value = stats[key];
      if (value != null) draws[key].push(value);
    }
  }
  const withInterval = (key: keyof PointEstimates): AssociationStatistic => {
    const estimate = point[key];
    // An interval from fewer than half the resamples would describe a different question.
    if (estimate == null || draws[key].length < resamples / 2) return { estimate, lower: null, upper: null };
    const sorted = draws[key].sort((a, b) => a - b);
    return { estimate, lower: quantile(sorted, 0.025), upper: quantile(sorted, 0.975) };
  };
  return {
    challenge,
    assessments: rows.length,
    missions: clusters.length,
    betweenRho: withInterval('betweenRho'),
    withinRho: withInterval('withinRho'),
    gap: withInterval('gap'),
    gapReason: comparable ? null : 'too_few_to_compare',
    high,
    low,
    resamples,
  };
}

/** Missions in id order, each with its rows in a fixed order, so row order never changes a number. */
function clustersByMission(rows: readonly SeverityScoreRow[]): Cluster[] {
  const byMission = new Map<number, SeverityScoreRow[]>();
  for (const row of rows) {
    if (!Number.isFinite(row.severity) || !Number.isFinite(row.overall)) {
      throw new RangeError(`Severity and overall score must be numbers (mission ${row.missionId})`);
    }
    const cluster = byMission.get(row.missionId);
    if (cluster) cluster.push(row);
    else byMission.set(row.missionId, [row]);
  }
  return [...byMission.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, cluster]) => cluster.sort((a, b) => a.severity - b.severity || a.overall - b.overall));
}

// Deviations are rounded to 1e-9 so that two that are equal in exact arithmetic tie in the
// ranks, whatever order the means were summed in (scipy ties them the same way in the fixtures).
const roundDeviation = (x: number) => Math.round(x * 1e9) / 1e9;

function summarise(cluster: Cluster): MissionSummary {
  const meanSeverity = mean(cluster.map((row) => row.severity)) as number;
  const meanOverall = mean(cluster.map((row) => row.overall)) as number;
  // A mission assessed once has no variation of its own to contribute.
  const alone = cluster.length < 2;
  const sum = (keep: (row: SeverityScoreRow) => boolean) => {
    const kept = cluster.filter(keep);
    return { sum: kept.reduce((total, row) => total + row.overall, 0), count: kept.length };
  };
  return {
    meanSeverity,
    meanOverall,
    severityDeviations: alone ? [] : cluster.map((row) => roundDeviation(row.severity - meanSeverity)),
    overallDeviations: alone ? [] : cluster.map((row) => roundDeviation(row.overall - meanOverall)),
    high: sum((row) => row.severity >= HIGH_SEVERITY),
    low: sum((row) => row.severity <= LOW_SEVERITY),
  };
}

function side(clusters: readonly Cluster[], keep: (row: SeverityScoreRow) => boolean) {
  const kept = clusters.map((cluster) => cluster.filter(keep)).filter((cluster) => cluster.length > 0);
  return {
    assessments: kept.reduce((sum, cluster) => sum + cluster.length, 0),
    missions: kept.length,
    meanOverall: mean(kept.flat().map((row) => row.overall)),
  };
}

/**
 * The three statistics on a set of missions. In a resample the gap needs only one assessment
 * on each side: the minimum is a rule for showing the estimate, not part of the statistic.
 */
function estimates(missions: readonly MissionSummary[]): PointEstimates {
  const betweenRho =
    missions.length >= BETWEEN_MIN_MISSIONS
      ? spearmanRho(
          missions.map((m) => m.meanSeverity),
          missions.map((m) => m.meanOverall),
        )
      : null;
  const severity = missions.flatMap((m) => m.severityDeviations);
  const withinRho =
    severity.length >= WITHIN_MIN_ASSESSMENTS
      ? spearmanRho(
          severity,
          missions.flatMap((m) => m.overallDeviations),
        )
      : null;
  let highSum = 0;
  let highCount = 0;
  let lowSum = 0;
  let lowCount = 0;
  for (const m of missions) {
    highSum += m.high.sum;
    highCount += m.high.count;
    lowSum += m.low.sum;
    lowCount += m.low.count;
  }
  return {
    betweenRho,
    withinRho,
    gap: highCount > 0 && lowCount > 0 ? highSum / highCount - lowSum / lowCount : null,
  };
}

/** The q-quantile of sorted values, interpolating between order statistics (numpy's default, Hyndman–Fan type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/** Categories by the strength of their within-mission association, strongest first; those without one last. */
export function rankChallengeAssociations(associations: readonly ChallengeAssociation[]): ChallengeAssociation[] {
  const strength = (a: ChallengeAssociation) => (a.withinRho.estimate == null ? -1 : Math.abs(a.withinRho.estimate));
  return [...associations].sort((a, b) => strength(b) - strength(a));
}

export const ASSOCIATION_CAVEAT = 'This is an association, not proof of cause.';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const sideText = (s: { assessments: number; missions: number }) =>
  `${plural(s.assessments, 'assessment')}, ${plural(s.missions, 'mission')}`;

/**
 * The briefing sentence for one category, for example: "Where operational limitations were high
 * or critical (32 assessments, 4 missions), overall effectiveness averaged 24 points lower (95 %
 * CI 11 to 37) than where they were none or low (41 assessments, 5 missions). This is an
 * association, not proof of cause." `categoryName` is the catalog name ("Operational
 * limitations"); its first letter is lowered inside the sentence.
 */
export function associationSentence(association: ChallengeAssociation, categoryName: string): string {
  const name = /^[A-Z][a-z]/.test(categoryName) ? categoryName[0].toLowerCase() + categoryName.slice(1) : categoryName;
  const { gap, high, low } = association;
  if (gap.estimate == null) {
    return (
      `Too few assessments to compare where ${name} were high or critical (${sideText(high)}) with where ` +
      `they were none or low (${sideText(low)}): each side needs at least ${GAP_MIN_ASSESSMENTS} assessments ` +
      `from at least ${GAP_MIN_MISSIONS} missions.`
    );
  }
  const points = Math.round(Math.abs(gap.estimate));
  const interval =
    gap.lower == null || gap.upper == null ? '' : ` (95 % CI ${intervalText(gap.lower, gap.upper, gap.estimate < 0)})`;
  const difference =
    points === 0
      ? `about the same${interval} as`
      : `${plural(points, 'point')} ${gap.estimate < 0 ? 'lower' : 'higher'}${interval} than`;
  return (
    `Where ${name} were high or critical (${sideText(high)}), overall effectiveness averaged ${difference} ` +
    `where they were none or low (${sideText(low)}). ${ASSOCIATION_CAVEAT}`
  );
}

/** Bounds as magnitudes in the estimate's direction, or with their own directions when they straddle 0. */
function intervalText(lower: number, upper: number, negative: boolean): string {
  const [a, b] = [Math.round(lower), Math.round(upper)];
  if (a >= 0 || b <= 0) return negative ? `${-b} to ${-a}` : `${a} to ${b}`;
  return `${-a} lower to ${b} higher`;
}
