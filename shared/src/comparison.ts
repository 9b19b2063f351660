import { z } from 'zod';
import type { ChallengeId, KpiId } from './catalog';
import type { Narrative } from './assessment';
import type { PeriodType } from './periods';
import { flagSchema, periodRangeQuerySchema } from './queries';
import type { Band, Flag, Trend } from './scoring';
import type { ChallengeAssociation } from './statistics';

// The comparison report of DESIGN §6 (`GET /api/reports/comparison`) and its frozen copies:
// the query it takes and the payload it returns, shared so the Compare screen reads the same
// types the server writes.

/**
 * Which version of the scoring and association method built a report. Bump it when a formula,
 * a default target or a threshold changes, so a frozen report says which rules made its numbers.
 */
export const METHODOLOGY_VERSION = '2026.1';

export const COMPARISON_MIN_MISSIONS = 2;
export const COMPARISON_MAX_MISSIONS = 50;

const MISSIONS_HINT = 'List the missions to compare by id, for example missions=1,2';

/** `missions=1,2,3` (or repeated `missions=1&missions=2`, or a JSON array) → distinct ids. */
const missionIdsSchema = z
  .union([z.string(), z.array(z.union([z.string(), z.number()]))], { error: MISSIONS_HINT })
  .transform((raw, ctx) => {
    const parts = (Array.isArray(raw) ? raw.map(String) : [raw])
      .flatMap((text) => text.split(','))
      .map((text) => text.trim())
      .filter((text) => text !== '');
    const bad = parts.filter((text) => !/^[1-9]\d{0,14}$/.test(text));
    if (bad.length > 0) {
      const shown = bad.slice(0, 3).map((text) => `"${text.slice(0, 20)}"`);
      ctx.addIssue({ code: 'custom', message: `Mission ids are positive whole numbers, not ${shown.join(', ')}` });
      return z.NEVER;
    }
    const ids = [...new Set(parts.map(Number))];
    if (ids.length < COMPARISON_MIN_MISSIONS) {
      ctx.addIssue({
        code: 'custom',
        message: `Choose at least ${COMPARISON_MIN_MISSIONS} different missions to compare`,
      });
      return z.NEVER;
    }
    if (ids.length > COMPARISON_MAX_MISSIONS) {
      ctx.addIssue({ code: 'custom', message: `Compare at most ${COMPARISON_MAX_MISSIONS} missions at once` });
      return z.NEVER;
    }
    return ids;
  });

/** `?missions=1,2&from=2024Q1&to=2024Q4&approvedOnly=1`; from ≤ to, both of one period type. */
export const comparisonQuerySchema = periodRangeQuerySchema.safeExtend({
  missions: missionIdsSchema,
  approvedOnly: flagSchema,
});
export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;
export type ComparisonQueryInput = z.input<typeof comparisonQuerySchema>;

/** The query string of a comparison, the way the server reads it back. */
export function comparisonSearchParams(query: ComparisonQuery): string {
  const params = new URLSearchParams({ missions: query.missions.join(',') });
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.approvedOnly) params.set('approvedOnly', '1');
  return params.toString();
}

/** `POST /api/reports/frozen`: a title and the comparison query, flat. */
export const frozenReportInputSchema = comparisonQuerySchema.safeExtend({
  title: z
    .string({ error: 'Give the report a title' })
    .trim()
    .min(1, 'Give the report a title')
    .max(200, 'At most 200 characters'),
});
export type FrozenReportInput = z.input<typeof frozenReportInputSchema>;
export type ParsedFrozenReportInput = z.infer<typeof frozenReportInputSchema>;

export type KpiValues = Record<KpiId, number | null>;

export interface ComparisonParameters {
  missions: number[];
  from: string | null;
  to: string | null;
  approvedOnly: boolean;
  periodType: PeriodType;
  generatedAt: string;
  methodologyVersion: string;
}

export interface ComparisonMissionSummary {
  missionId: number;
  name: string;
  acronym: string;
  country: string;
  illustrative: boolean;
  archived: boolean;
  /** Assessments in the range (approved ones only when approvedOnly). */
  periodsCovered: { count: number; first: string | null; last: string | null };
  /** The last assessment in the range, scored or not; null when the range holds none. */
  latest: {
    period: string;
    overall: number | null;
    band: Band | null;
    completeness: number;
    kpis: KpiValues;
    flags: Flag[];
  } | null;
  /** Unweighted means over the periods in the range that have the score. */
  mean: { overall: number | null; kpis: KpiValues };
  trend: Trend;
  /** Mean share of KPIs scored over the range; null when the range holds no assessment. */
  completeness: number | null;
  /** Any value in the range was imported from UCDP GED. */
  usesUcdp: boolean;
}

export interface KpiComparisonRow {
  kpi: KpiId;
  missions: { missionId: number; latest: number | null; mean: number | null }[];
}

export interface TrendSeries {
  /** Every period from the first to the last one any selected mission assessed, in order. */
  periods: string[];
  missions: { missionId: number; points: { period: string; overall: number | null }[] }[];
}

export interface ChallengeProfile {
  missionId: number;
  /** Period of the last assessment in the range, whose ratings are the latest severities. */
  latestPeriod: string | null;
  categories: {
    challenge: ChallengeId;
    /** Mean severity over the assessments in the range that rate it; null when none does. */
    meanSeverity: number | null;
    /** Severity in the last assessment of the range; null when it does not rate it. */
    latestSeverity: number | null;
    ratedCount: number;
  }[];
}

export interface ChallengeHeatMap {
  challenges: ChallengeId[];
  /** One row per mission; meanSeverity[i] belongs to challenges[i]. */
  rows: { missionId: number; meanSeverity: (number | null)[] }[];
}

export interface ComparisonAssociation {
  minN: number;
  note: string;
  /** Assessments pooled over all selected missions in the range. */
  assessments: number;
  rows: ChallengeAssociation[];
}

export interface NarrativeHighlight extends Narrative {
  missionId: number;
  period: string;
}

/** A stored assessment the report left out because its period cannot be read as one of its mission's. */
export interface SkippedAssessment {
  missionId: number;
  assessmentId: number;
  period: string;
  reason: string;
}

export interface ComparisonReport {
  parameters: ComparisonParameters;
  missions: ComparisonMissionSummary[];
  kpiComparison: KpiComparisonRow[];
  trendSeries: TrendSeries;
  challengeProfiles: ChallengeProfile[];
  challengeHeatMap: ChallengeHeatMap;
  association: ComparisonAssociation;
  /** Per mission, the last assessment in the range with any narrative; missions without one are left out. */
  narratives: NarrativeHighlight[];
  /** Stored rows left out, each with why; absent from reports frozen before it existed. */
  skippedAssessments?: SkippedAssessment[];
}

export interface FrozenReportSummary {
  id: number;
  title: string;
  parameters: ComparisonQuery;
  methodologyVersion: string;
  frozenAt: string;
  createdBy: { id: number; username: string; displayName: string } | null;
}

export interface FrozenReport extends FrozenReportSummary {
  /** The report exactly as it was built when frozen. */
  payload: ComparisonReport;
  /** The same comparison built now, to show what changed; null when it can no longer be built. */
  live: ComparisonReport | null;
  liveUnavailableReason: string | null;
}
