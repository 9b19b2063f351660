import { z } from 'zod';
import { HIGH_SEVERITY, LOW_SEVERITY, mean } from '../statistics';
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
  const statistics = resampleStatistics(summaries);
  const all = summaries.map(() => 1);
  const point: PointEstimates = {
    betweenRho: statistics.betweenRho(all),
    withinRho: statistics.withinRho(all),
    gap: comparable ? statistics.gap(all) : null,
  };
  // Only a statistic with an estimate gets an interval, so only those are resampled.
  const keys = (Object.keys(point) as (keyof PointEstimates)[]).filter((key) => point[key] != null);

  const draws: Record<keyof PointEstimates, number[]> = { betweenRho: [], withinRho: [], gap: [] };
  const random = mulberry32(seed);
  for (let r = 0; r < resamples && keys.length > 0; r++) {
    // A mission drawn twice counts as two missions, as the cluster bootstrap intends.
    const counts = summaries.map(() => 0);
    for (let k = 0; k < summaries.length; k++) counts[Math.floor(random() * summaries.length)]++;
    for (const key of keys) {
      const value = statistics[key](counts);
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
 * The three statistics on a resample, given as how many times each mission was drawn (all 1 for
 * the data themselves). In a resample the gap needs only one assessment on each side: the minimum
 * is a rule for showing the estimate, not part of the statistic.
 *
 * A resample's rhos are Spearman's rho of the drawn missions' means (between) and deviations
 * (within), each mission's counted as often as it was drawn. The values are sorted once here, so
 * a resample ranks them in one pass, weighting each by its mission's count (average ranks: a
 * value's rank is the weight below it plus half its tie group's weight and a half), and takes
 * Pearson's r of the ranks with the same weights. That is the rho of the expanded lists, without
 * sorting them 2,000 times.
 */
function resampleStatistics(
  missions: readonly MissionSummary[],
): Record<keyof PointEstimates, (counts: readonly number[]) => number | null> {
  const owner: number[] = [];
  const severity: number[] = [];
  const overall: number[] = [];
  missions.forEach((m, index) => {
    for (let k = 0; k < m.severityDeviations.length; k++) {
      owner.push(index);
      severity.push(m.severityDeviations[k]);
      overall.push(m.overallDeviations[k]);
    }
  });
  const within = weightedSpearman(severity, overall, owner);
  const between = weightedSpearman(
    missions.map((m) => m.meanSeverity),
    missions.map((m) => m.meanOverall),
    missions.map((_, index) => index),
  );

  return {
    betweenRho: (counts) => between(counts, BETWEEN_MIN_MISSIONS),
    withinRho: (counts) => within(counts, WITHIN_MIN_ASSESSMENTS),
    gap: (counts) => {
      let highSum = 0;
      let highCount = 0;
      let lowSum = 0;
      let lowCount = 0;
      missions.forEach((m, index) => {
        const w = counts[index];
        highSum += w * m.high.sum;
        highCount += w * m.high.count;
        lowSum += w * m.low.sum;
        lowCount += w * m.low.count;
      });
      return highCount > 0 && lowCount > 0 ? highSum / highCount - lowSum / lowCount : null;
    },
  };
}

/**
 * Spearman's rho of paired values, each pair counted as often as its owner (a mission) was
 * drawn; null below `minimum` pairs or when either side does not vary.
 */
function weightedSpearman(
  xs: readonly number[],
  ys: readonly number[],
  owner: readonly number[],
): (counts: readonly number[], minimum: number) => number | null {
  const byX = tieGroups(xs);
  const byY = tieGroups(ys);
  const xRanks = new Float64Array(xs.length);
  const yRanks = new Float64Array(ys.length);
  return (counts, minimum) => {
    let n = 0;
    for (let i = 0; i < owner.length; i++) n += counts[owner[i]];
    if (n < minimum) return null;
    weightedRanks(byX, owner, counts, xRanks);
    weightedRanks(byY, owner, counts, yRanks);
    const centre = (n + 1) / 2;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < owner.length; i++) {
      const w = counts[owner[i]];
      if (w === 0) continue;
      const dx = xRanks[i] - centre;
      const dy = yRanks[i] - centre;
      sxy += w * dx * dy;
      sxx += w * dx * dx;
      syy += w * dy * dy;
    }
    // Rounding can push a perfect correlation a hair past ±1.
    return sxx === 0 || syy === 0 ? null : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  };
}

/** Indices in ascending order of value, and for each position the last position of its run of equal values. */
function tieGroups(values: readonly number[]): { order: number[]; groupEnd: number[] } {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const groupEnd = new Array<number>(order.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    for (let k = start; k <= end; k++) groupEnd[k] = end;
    start = end + 1;
  }
  return { order, groupEnd };
}

/** Average ranks of the values as if each were repeated its mission's count times. */
function weightedRanks(
  { order, groupEnd }: { order: number[]; groupEnd: number[] },
  owner: readonly number[],
  counts: readonly number[],
  out: Float64Array,
): void {
  let below = 0;
  for (let start = 0; start < order.length;) {
    const end = groupEnd[start];
    let weight = 0;
    for (let k = start; k <= end; k++) weight += counts[owner[order[k]]];
    const rank = below + (weight + 1) / 2;
    for (let k = start; k <= end; k++) out[order[k]] = rank;
    below += weight;
    start = end + 1;
  }
}

/** The q-quantile of sorted values, interpolating between order statistics (numpy's default, Hyndman–Fan type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/** Categories by the strength of their within-mission association, strongest first; those without one last. */
export function rankChallengeAssociations<T extends ChallengeAssociation>(associations: readonly T[]): T[] {
  const strength = (a: ChallengeAssociation) => (a.withinRho.estimate == null ? -1 : Math.abs(a.withinRho.estimate));
  return [...associations].sort((a, b) => strength(b) - strength(a));
}

/** A `{ one, other }` pair: the form for a count, by the language's plural rules. */
export interface PluralText {
  one: string;
  other: string;
}

/**
 * The words of the briefing sentence in one language. `{category}` is the catalog name as
 * given; `{high}` and `{low}` the counts of each side (`side`); `{points}` the gap's size with
 * its unit; `{interval}` the interval's text (`interval` or empty). The English ones are below;
 * the French ones are in the client's French messages.
 */
export interface AssociationSentenceWords {
  lower: string;
  higher: string;
  same: string;
  tooFew: string;
  caveat: string;
  /** The 95 % interval around `{range}`. */
  interval: string;
  /** Bounds on one side of 0, as magnitudes in the direction of the estimate: `{from}`, `{to}`. */
  range: string;
  /** An interval that straddles 0: `{lower}` below and `{upper}` above. */
  straddles: string;
  side: string;
  assessments: PluralText;
  missions: PluralText;
  points: PluralText;
}

export const ASSOCIATION_SENTENCE_EN: AssociationSentenceWords = {
  lower:
    'Where “{category}” was rated high or critical ({high}), overall effectiveness averaged {points} lower{interval} than where it was rated none or low ({low}).',
  higher:
    'Where “{category}” was rated high or critical ({high}), overall effectiveness averaged {points} higher{interval} than where it was rated none or low ({low}).',
  same: 'Where “{category}” was rated high or critical ({high}), overall effectiveness averaged about the same{interval} as where it was rated none or low ({low}).',
  tooFew:
    'Too few assessments to compare where “{category}” was rated high or critical ({high}) with where it was rated none or low ({low}): each side needs at least {minAssessments} assessments from at least {minMissions} missions.',
  caveat: 'This is an association, not proof of cause.',
  interval: ' (95 % CI {range})',
  range: '{from} to {to}',
  straddles: '{lower} lower to {upper} higher',
  side: '{assessments}, {missions}',
  assessments: { one: '{count} assessment', other: '{count} assessments' },
  missions: { one: '{count} mission', other: '{count} missions' },
  points: { one: '{count} point', other: '{count} points' },
};

/**
 * The briefing sentence for one category, in the language of `words` and `locale`, for example:
 * "Where “Operational limitations” was rated high or critical (32 assessments, 4 missions),
 * overall effectiveness averaged 24 points lower (95 % CI 11 to 37) than where it was rated none
 * or low (41 assessments, 5 missions). This is an association, not proof of cause." The name is
 * quoted as a label so that the sentence reads right whatever its grammatical number.
 */
export function associationSentence(
  association: Pick<ChallengeAssociation, 'gap' | 'high' | 'low'>,
  categoryName: string,
  words: AssociationSentenceWords = ASSOCIATION_SENTENCE_EN,
  locale = 'en',
): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const rules = new Intl.PluralRules(locale);
  const fill = (template: string, params: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  const count = (pair: PluralText, n: number) =>
    fill(rules.select(n) === 'one' ? pair.one : pair.other, { count: number.format(n) });
  const side = (s: { assessments: number; missions: number }) =>
    fill(words.side, {
      assessments: count(words.assessments, s.assessments),
      missions: count(words.missions, s.missions),
    });
  const { gap, high, low } = association;
  const sides = { category: categoryName, high: side(high), low: side(low) };
  if (gap.estimate == null) {
    return fill(words.tooFew, {
      ...sides,
      minAssessments: number.format(GAP_MIN_ASSESSMENTS),
      minMissions: number.format(GAP_MIN_MISSIONS),
    });
  }
  const points = Math.round(Math.abs(gap.estimate));
  const negative = gap.estimate < 0;
  let interval = '';
  if (gap.lower != null && gap.upper != null) {
    const [a, b] = [Math.round(gap.lower), Math.round(gap.upper)];
    const [from, to] = negative ? [-b, -a] : [a, b];
    const range =
      a >= 0 || b <= 0
        ? fill(words.range, { from: number.format(from + 0), to: number.format(to + 0) })
        : fill(words.straddles, { lower: number.format(-a), upper: number.format(b) });
    interval = fill(words.interval, { range });
  }
  const template = points === 0 ? words.same : negative ? words.lower : words.higher;
  return `${fill(template, { ...sides, points: count(words.points, points), interval })} ${words.caveat}`;
}
