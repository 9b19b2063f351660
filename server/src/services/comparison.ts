import type { Assessment } from '@cpea/shared/assessment';
import { CHALLENGE_IDS, KPI_IDS, isStandardIndicator, type ChallengeId, type IndicatorId } from '@cpea/shared/catalog';
import {
  METHODOLOGY_VERSION,
  comparisonAssociation,
  type ChallengeProfile,
  type ComparisonAssociation,
  type ComparisonMissionSummary,
  type ComparisonQuery,
  type LiveComparisonReport,
  type KpiValues,
  type NarrativeHighlight,
  type SkippedAssessment,
} from '@cpea/shared/comparison';
import type { ErrorIssue } from '@cpea/shared/api-error';
import type { Mission } from '@cpea/shared/mission';
import { comparePeriods, periodProblem, periodRange, periodTypeOf, type PeriodType } from '@cpea/shared/periods';
import { trendOf, weightedMean, type PeriodScore } from '@cpea/shared/scoring';
import { mean } from '@cpea/shared/statistics';
import type { Store } from '../db/store';
import { invalid, type DomainError } from '../domain-error';
import { scoreMissionHistory } from './published-scores';

const ADVERB: Record<PeriodType, string> = { quarter: 'quarterly', month: 'monthly' };
const EXAMPLE: Record<PeriodType, string> = { quarter: '2024Q1', month: '2024-03' };

/** One mission's assessments and scores in the range: the raw material of every section. */
interface MissionInRange {
  mission: Mission;
  assessments: Assessment[];
  periods: PeriodScore[];
  /** Draft and submitted assessments in the range that approvedOnly left out. */
  unapprovedLeftOut: number;
}

/**
 * The comparison report: missions side by side on their KPIs and against the challenge
 * categories, over one period range. Query parsing (ids, from ≤ to) happened at the edge; the
 * checks here need the database.
 */
export function buildComparison(store: Store, query: ComparisonQuery, now: Date = new Date()): LiveComparisonReport {
  const check = checkComparison(store, query);
  if (!check.comparable) throw check.problem;
  const { missions, periodType } = check;
  const skipped: SkippedAssessment[] = [];
  const selected = missions.map((mission) => missionInRange(store, mission, query, skipped));
  const shared = sharedCustomIndicators(store, missions);
  const summaries = selected.map((inRange) => summarise(inRange, shared));
  const profiles = selected.map(challengeProfile);

  return {
    parameters: {
      missions: query.missions,
      from: query.from ?? null,
      to: query.to ?? null,
      approvedOnly: query.approvedOnly,
      rescored: query.rescored,
      periodType,
      generatedAt: now.toISOString(),
      methodologyVersion: METHODOLOGY_VERSION,
    },
    missions: summaries,
    kpiComparison: KPI_IDS.map((kpi) => ({
      kpi,
      missions: summaries.map((summary) => ({
        missionId: summary.missionId,
        latest: summary.latest?.kpis[kpi] ?? null,
        mean: summary.mean.kpis[kpi],
      })),
    })),
    trendSeries: trendSeries(selected),
    challengeProfiles: profiles,
    challengeHeatMap: {
      challenges: [...CHALLENGE_IDS],
      rows: profiles.map((profile) => ({
        missionId: profile.missionId,
        meanSeverity: profile.categories.map((category) => category.meanSeverity),
      })),
    },
    association: associationOf(selected),
    narratives: selected.flatMap(narrativeHighlight),
    skippedAssessments: skipped,
  };
}

/** The missions of a comparison and the period type they share, or what stops them being compared. */
export type ComparisonCheck =
  { comparable: true; missions: Mission[]; periodType: PeriodType } | { comparable: false; problem: DomainError };

/** Whether the query's missions can be compared over its range with today's data. */
export function checkComparison(store: Store, query: ComparisonQuery): ComparisonCheck {
  const problem = (error: DomainError): ComparisonCheck => ({ comparable: false, problem: error });
  const found = query.missions.map((id) => ({ id, mission: store.missions.get(id) }));
  const unknown = found.filter((entry) => entry.mission == null).map((entry) => entry.id);
  if (unknown.length > 0) return problem(unknownMissions(unknown));
  const missions = found.map((entry) => entry.mission as Mission);
  const [first] = missions;
  const other = missions.find((mission) => mission.periodType !== first.periodType);
  if (other) return problem(mixedPeriodTypes(first, other));
  const rangeIssues = rangeTypeIssues(first.periodType, query);
  if (rangeIssues.length > 0) return problem(invalid(`The range must be given in ${first.periodType}s`, rangeIssues));
  return { comparable: true, missions, periodType: first.periodType };
}

function unknownMissions(ids: number[]): DomainError {
  const list = ids.join(', ');
  const plural = ids.length > 1;
  return invalid(`No mission${plural ? 's' : ''} with id${plural ? 's' : ''} ${list}`, [
    { path: 'missions', message: `Mission${plural ? 's' : ''} ${list} do${plural ? '' : 'es'} not exist` },
  ]);
}

function mixedPeriodTypes(first: Mission, other: Mission): DomainError {
  const [a, b] = [first.periodType, other.periodType];
  return invalid(`Missions that report by different periods cannot be compared: ${ADVERB[a]} and ${ADVERB[b]}`, [
    {
      path: 'missions',
      message: `${first.acronym} reports ${ADVERB[a]} and ${other.acronym} ${ADVERB[b]}; choose missions that report alike`,
    },
  ]);
}

function rangeTypeIssues(periodType: PeriodType, query: ComparisonQuery): ErrorIssue[] {
  return (['from', 'to'] as const)
    .filter((key) => query[key] != null && periodTypeOf(query[key] as string) !== periodType)
    .map((key) => ({
      path: key,
      message: `These missions report ${ADVERB[periodType]}: write ${key} like ${EXAMPLE[periodType]}`,
    }));
}

/**
 * Scores the mission over its whole history (baselines from the first assessed value, outliers
 * against its own past), approved assessments by their published scores unless rescored, then
 * keeps the range, as the scores endpoint does. With approvedOnly
 * the history itself is the approved assessments: a published report must not rest on a
 * baseline taken from an unapproved draft.
 */
function missionInRange(
  store: Store,
  mission: Mission,
  query: ComparisonQuery,
  skipped: SkippedAssessment[],
): MissionInRange {
  const readable = readableHistory(store.assessments.listByMission(mission.id), mission, skipped);
  const history = readable.filter((assessment) => !query.approvedOnly || assessment.status === 'approved');
  const scores = scoreMissionHistory(store, mission.id, history, query.rescored);
  const inRange = (period: string) =>
    (!query.from || comparePeriods(period, query.from) >= 0) && (!query.to || comparePeriods(period, query.to) <= 0);
  return {
    mission,
    assessments: history.filter((assessment) => inRange(assessment.period)),
    periods: scores.periods.filter((period) => inRange(period.period)),
    unapprovedLeftOut: readable.filter(
      (assessment) => query.approvedOnly && assessment.status !== 'approved' && inRange(assessment.period),
    ).length,
  };
}

/**
 * The assessments whose period reads as one of the mission's. A row stored before periods were
 * checked (year 0500, a month in a quarterly mission) cannot be placed in time: it is left out
 * and named, so one bad row never takes the whole comparison down.
 */
function readableHistory(assessments: Assessment[], mission: Mission, skipped: SkippedAssessment[]): Assessment[] {
  return assessments.filter((assessment) => {
    const type = periodTypeOf(assessment.period);
    if (type === mission.periodType) return true;
    skipped.push({
      missionId: mission.id,
      assessmentId: assessment.id,
      period: assessment.period,
      reason:
        type === null
          ? `${mission.acronym} ${assessment.period}: ${periodProblem(assessment.period)}`
          : `${mission.acronym} reports ${ADVERB[mission.periodType]}, but this assessment is for a ${type}`,
    });
    return false;
  });
}

/** The custom indicators every compared mission has: only these may weigh in a cross-mission KPI bar. */
function sharedCustomIndicators(store: Store, missions: readonly Mission[]): ReadonlySet<IndicatorId> {
  const sets = missions.map(
    (mission) => new Set(store.customIndicators.ofMission(mission.id).map((indicator) => indicator.id)),
  );
  return new Set([...(sets[0] ?? [])].filter((id) => sets.every((set) => set.has(id))));
}

/**
 * A period's KPI scores as missions are compared on them: a KPI built only on the indicators
 * every compared mission has, so one mission's own indicator does not tilt the bars. Where a
 * mission's KPI rests on no custom indicator, it is its own score unchanged.
 */
function kpiValues(period: PeriodScore, shared: ReadonlySet<IndicatorId>): KpiValues {
  return Object.fromEntries(
    period.kpis.map((kpi) => {
      const scored = kpi.indicators.filter((item) => item.score != null);
      const kept = scored.filter((item) => isStandardIndicator(item.indicator) || shared.has(item.indicator));
      if (kept.length === scored.length) return [kpi.kpi, kpi.score];
      return [kpi.kpi, weightedMean(kept.map((item) => ({ value: item.score as number, weight: item.weight })))];
    }),
  ) as KpiValues;
}

function meanOf(values: (number | null)[]): number | null {
  return mean(values.filter((value): value is number => value != null));
}

function summarise(
  { mission, assessments, periods, unapprovedLeftOut }: MissionInRange,
  shared: ReadonlySet<IndicatorId>,
): ComparisonMissionSummary {
  const last = periods.at(-1);
  return {
    missionId: mission.id,
    name: mission.name,
    nameFr: mission.nameFr,
    acronym: mission.acronym,
    country: mission.country,
    illustrative: mission.illustrative,
    archived: mission.archived,
    periodsCovered: { count: periods.length, first: periods[0]?.period ?? null, last: last?.period ?? null },
    latest: last
      ? {
          period: last.period,
          overall: last.overall,
          band: last.band,
          completeness: last.completeness,
          kpis: kpiValues(last, shared),
          flags: last.flags.map((flag) => flag.flag),
          status: last.status,
          scoreBasis: last.scoreBasis,
        }
      : null,
    mean: {
      overall: meanOf(periods.map((period) => period.overall)),
      kpis: Object.fromEntries(
        KPI_IDS.map((kpi) => [kpi, meanOf(periods.map((period) => kpiValues(period, shared)[kpi]))]),
      ) as KpiValues,
    },
    trend: trendOf(periods),
    completeness: mean(periods.map((period) => period.completeness)),
    usesUcdp: assessments.some((assessment) =>
      Object.values(assessment.provenance).some((provenance) => provenance === 'ucdp_ged'),
    ),
    unapprovedLeftOut,
  };
}

function trendSeries(selected: MissionInRange[]): LiveComparisonReport['trendSeries'] {
  const assessed = selected.flatMap((m) => m.periods.map((period) => period.period)).sort(comparePeriods);
  return {
    periods: assessed.length > 0 ? periodRange(assessed[0], assessed[assessed.length - 1]) : [],
    missions: selected.map((m) => ({
      missionId: m.mission.id,
      points: m.periods.map((period) => ({ period: period.period, overall: period.overall, status: period.status })),
    })),
  };
}

function severityOf(assessment: Assessment, challenge: ChallengeId): number | null {
  return assessment.challenges[challenge]?.severity ?? null;
}

function challengeProfile({ mission, assessments }: MissionInRange): ChallengeProfile {
  const last = assessments.at(-1);
  return {
    missionId: mission.id,
    latestPeriod: last?.period ?? null,
    categories: CHALLENGE_IDS.map((challenge) => {
      const rated = assessments
        .map((assessment) => severityOf(assessment, challenge))
        .filter((severity): severity is number => severity != null);
      return {
        challenge,
        meanSeverity: mean(rated),
        latestSeverity: last ? severityOf(last, challenge) : null,
        ratedCount: rated.length,
      };
    }),
  };
}

/**
 * The challenge association on the assessments in the range (approved ones only when
 * approvedOnly, as everywhere in the report), each with the overall score it is shown with.
 */
function associationOf(selected: readonly MissionInRange[]): ComparisonAssociation {
  return comparisonAssociation(
    selected.flatMap(({ mission, assessments, periods }) => {
      const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]));
      return periods.map((period) => {
        const assessment = byId.get(period.assessmentId);
        return {
          missionId: mission.id,
          overall: period.overall,
          severities: Object.fromEntries(
            CHALLENGE_IDS.map((challenge) => [challenge, assessment ? severityOf(assessment, challenge) : null]),
          ),
        };
      });
    }),
  );
}

function narrativeHighlight({ mission, assessments }: MissionInRange): NarrativeHighlight[] {
  const latest = assessments.findLast(({ narrative }) =>
    [narrative.achievements, narrative.setbacks, narrative.lessons].some((text) => text.trim() !== ''),
  );
  return latest ? [{ missionId: mission.id, period: latest.period, ...latest.narrative }] : [];
}
