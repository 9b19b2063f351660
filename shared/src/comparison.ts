import { z } from 'zod';
import { CHALLENGE_IDS, KPI_IDS, type ChallengeId } from './catalog';
import { narrativeSchema } from './assessment';
import { PERIOD_TYPES } from './periods';
import { ASSESSMENT_STATUSES } from './assessment';
import { flagDefaulting, flagSchema, periodRangeQuerySchema } from './queries';
import { FLAGS, SCORE_BASES, periodHeadlineSchema, trendSchema } from './scoring';
import {
  BOOTSTRAP_RESAMPLES,
  BOOTSTRAP_SEED,
  GAP_MIN_ASSESSMENTS,
  GAP_MIN_MISSIONS,
  challengeAssociation,
  challengeAssociationSchema,
  rankChallengeAssociations,
} from './method/association';

// The comparison report of DESIGN §6 (`GET /api/reports/comparison`) and its frozen copies:
// the query it takes and the payload it returns, shared so the Compare screen reads the same
// types the server writes.

/**
 * Which version of the scoring and association method built a report. Bump it when a formula,
 * a default target or a threshold changes, so a frozen report says which rules made its numbers.
 */
export const METHODOLOGY_VERSION = '2026.3';

/** The last version whose report pooled every assessment into one association (read from frozen reports only). */
export const POOLED_ASSOCIATION_VERSION = '2026.1';

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
  })
  .pipe(z.array(z.number().int().positive()));

/**
 * `?missions=1,2&from=2024Q1&to=2024Q4`; from ≤ to, both of one period type. Approved
 * assessments only unless `approvedOnly=0`; `rescored=1` scores approved ones again under
 * today's settings instead of showing their published scores.
 */
export const comparisonQuerySchema = periodRangeQuerySchema.safeExtend({
  missions: missionIdsSchema,
  approvedOnly: flagDefaulting(true),
  rescored: flagSchema,
});
export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;
export type ComparisonQueryInput = z.input<typeof comparisonQuerySchema>;

/** The query string of a comparison, the way the server reads it back. */
export function comparisonSearchParams(query: ComparisonQuery): string {
  const params = new URLSearchParams({ missions: query.missions.join(',') });
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (!query.approvedOnly) params.set('approvedOnly', '0');
  if (query.rescored) params.set('rescored', '1');
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

const kpiValuesSchema = z.record(z.enum(KPI_IDS), z.number().nullable());
export type KpiValues = z.infer<typeof kpiValuesSchema>;

export const comparisonParametersSchema = z.object({
  missions: z.array(z.number().int()),
  from: z.string().nullable(),
  to: z.string().nullable(),
  approvedOnly: z.boolean(),
  /** Approved assessments scored again under today's settings; absent from reports frozen before it existed. */
  rescored: z.boolean().optional(),
  periodType: z.enum(PERIOD_TYPES),
  generatedAt: z.string(),
  methodologyVersion: z.string(),
});
export type ComparisonParameters = z.infer<typeof comparisonParametersSchema>;

export const comparisonMissionSummarySchema = z.object({
  missionId: z.number().int(),
  name: z.string(),
  /** Absent from reports frozen before missions had French names. */
  nameFr: z.string().optional(),
  acronym: z.string(),
  country: z.string(),
  illustrative: z.boolean(),
  archived: z.boolean(),
  /** Assessments in the range (approved ones only when approvedOnly). */
  periodsCovered: z.object({ count: z.number().int(), first: z.string().nullable(), last: z.string().nullable() }),
  /** The last assessment in the range, scored or not; null when the range holds none. */
  latest: periodHeadlineSchema
    .extend({
      kpis: kpiValuesSchema,
      flags: z.array(z.enum(FLAGS)),
      // Absent from reports frozen before they existed.
      status: z.enum(ASSESSMENT_STATUSES).optional(),
      scoreBasis: z.enum(SCORE_BASES).optional(),
    })
    .nullable(),
  /** Unweighted means over the periods in the range that have the score. */
  mean: z.object({ overall: z.number().nullable(), kpis: kpiValuesSchema }),
  trend: trendSchema,
  /** Mean share of KPIs scored over the range; null when the range holds no assessment. */
  completeness: z.number().nullable(),
  /** Any value in the range was imported from UCDP GED. */
  usesUcdp: z.boolean(),
  /**
   * Draft and submitted assessments in the range that `approvedOnly` left out (0 when they are
   * included); absent from reports frozen before it existed.
   */
  unapprovedLeftOut: z.number().int().optional(),
});
export type ComparisonMissionSummary = z.infer<typeof comparisonMissionSummarySchema>;

export const kpiComparisonRowSchema = z.object({
  kpi: z.enum(KPI_IDS),
  missions: z.array(
    z.object({ missionId: z.number().int(), latest: z.number().nullable(), mean: z.number().nullable() }),
  ),
});
export type KpiComparisonRow = z.infer<typeof kpiComparisonRowSchema>;

export const trendSeriesSchema = z.object({
  /** Every period from the first to the last one any selected mission assessed, in order. */
  periods: z.array(z.string()),
  missions: z.array(
    z.object({
      missionId: z.number().int(),
      points: z.array(
        z.object({
          period: z.string(),
          overall: z.number().nullable(),
          /** Absent from reports frozen before it existed. */
          status: z.enum(ASSESSMENT_STATUSES).optional(),
        }),
      ),
    }),
  ),
});
export type TrendSeries = z.infer<typeof trendSeriesSchema>;

export const challengeProfileSchema = z.object({
  missionId: z.number().int(),
  /** Period of the last assessment in the range, whose ratings are the latest severities. */
  latestPeriod: z.string().nullable(),
  categories: z.array(
    z.object({
      challenge: z.enum(CHALLENGE_IDS),
      /** Mean severity over the assessments in the range that rate it; null when none does. */
      meanSeverity: z.number().nullable(),
      /** Severity in the last assessment of the range; null when it does not rate it. */
      latestSeverity: z.number().nullable(),
      ratedCount: z.number().int(),
    }),
  ),
});
export type ChallengeProfile = z.infer<typeof challengeProfileSchema>;

export const challengeHeatMapSchema = z.object({
  challenges: z.array(z.enum(CHALLENGE_IDS)),
  /** One row per mission; meanSeverity[i] belongs to challenges[i]. */
  rows: z.array(z.object({ missionId: z.number().int(), meanSeverity: z.array(z.number().nullable()) })),
});
export type ChallengeHeatMap = z.infer<typeof challengeHeatMapSchema>;

/**
 * The challenge association (method/association.ts): per category, between- and within-mission
 * Spearman's rho and the effectiveness gap, each with its 95 % cluster-bootstrap interval, the
 * rows ranked by the strength of the within-mission rho (categories without one last).
 */
export const comparisonAssociationSchema = z.object({
  method: z.literal('between_within_missions'),
  /** Assessments with an overall score, over all selected missions in the range. */
  assessments: z.number().int(),
  resamples: z.number().int(),
  seed: z.number().int(),
  /** Each side of the gap needs this many assessments from this many missions. */
  gapMinAssessments: z.number().int(),
  gapMinMissions: z.number().int(),
  rows: z.array(challengeAssociationSchema.extend({ challenge: z.enum(CHALLENGE_IDS) })),
});
export type ComparisonAssociation = z.infer<typeof comparisonAssociationSchema>;
export type ComparisonAssociationRow = ComparisonAssociation['rows'][number];

/** The constants of the method, as a report states them. */
export const ASSOCIATION_METHOD = {
  method: 'between_within_missions',
  resamples: BOOTSTRAP_RESAMPLES,
  seed: BOOTSTRAP_SEED,
  gapMinAssessments: GAP_MIN_ASSESSMENTS,
  gapMinMissions: GAP_MIN_MISSIONS,
} as const;

/** One assessment of a compared mission as the association reads it. */
export interface AssessedSeverities {
  missionId: number;
  /** Null when the assessment has no overall score: it is left out. */
  overall: number | null;
  severities: Partial<Record<ChallengeId, number | null>>;
}

/**
 * The report's association from the assessments in its range: every challenge category, on the
 * assessments that have an overall score and rate it, ranked by the strength of the
 * within-mission association.
 */
export function comparisonAssociation(assessed: readonly AssessedSeverities[]): ComparisonAssociation {
  const scored = assessed.filter((a): a is AssessedSeverities & { overall: number } => a.overall != null);
  const rows = CHALLENGE_IDS.map((challenge) => {
    const rated = scored.flatMap(({ missionId, overall, severities }) => {
      const severity = severities[challenge];
      return severity == null ? [] : [{ missionId, severity, overall }];
    });
    const association = challengeAssociation(challenge, rated, {
      resamples: ASSOCIATION_METHOD.resamples,
      seed: ASSOCIATION_METHOD.seed,
    });
    return { ...association, challenge };
  });
  return { ...ASSOCIATION_METHOD, assessments: scored.length, rows: rankChallengeAssociations(rows) };
}

/**
 * The association as reports frozen under methodology 2026.1 stored it: one pooled Spearman's
 * rho and gap over all assessments, shown below n = minN as suppressed. Read, never computed.
 */
export const pooledAssociationSchema = z.object({
  minN: z.number().int(),
  note: z.string(),
  assessments: z.number().int(),
  rows: z.array(
    z.object({
      challenge: z.enum(CHALLENGE_IDS),
      n: z.number().int(),
      nHigh: z.number().int(),
      nLow: z.number().int(),
      meanOverallHigh: z.number().nullable(),
      meanOverallLow: z.number().nullable(),
      gap: z.number().nullable(),
      rho: z.number().nullable(),
      suppressed: z.boolean(),
      reason: z.string().nullable(),
    }),
  ),
});
export type PooledAssociation = z.infer<typeof pooledAssociationSchema>;
export type PooledAssociationRow = PooledAssociation['rows'][number];
/** The note the pooled association carried, word for word, so the screen can show it translated. */
export const POOLED_ASSOCIATION_NOTE =
  'Association, not causation: missions facing a severe challenge may differ from the others in many ways.';

export function isPooledAssociation(
  association: ComparisonAssociation | PooledAssociation,
): association is PooledAssociation {
  return !('method' in association);
}

export const narrativeHighlightSchema = z.object({
  missionId: z.number().int(),
  period: z.string(),
  ...narrativeSchema.shape,
});
export type NarrativeHighlight = z.infer<typeof narrativeHighlightSchema>;

/** A stored assessment the report left out because its period cannot be read as one of its mission's. */
export const skippedAssessmentSchema = z.object({
  missionId: z.number().int(),
  assessmentId: z.number().int(),
  period: z.string(),
  reason: z.string(),
});
export type SkippedAssessment = z.infer<typeof skippedAssessmentSchema>;

/** `GET /api/reports/comparison`: the comparison built now. */
export const liveComparisonReportSchema = z.object({
  parameters: comparisonParametersSchema,
  missions: z.array(comparisonMissionSummarySchema),
  kpiComparison: z.array(kpiComparisonRowSchema),
  trendSeries: trendSeriesSchema,
  challengeProfiles: z.array(challengeProfileSchema),
  challengeHeatMap: challengeHeatMapSchema,
  association: comparisonAssociationSchema,
  /** Per mission, the last assessment in the range with any narrative; missions without one are left out. */
  narratives: z.array(narrativeHighlightSchema),
  /** Stored rows left out, each with why; absent from reports frozen before it existed. */
  skippedAssessments: z.array(skippedAssessmentSchema).optional(),
});
export type LiveComparisonReport = z.infer<typeof liveComparisonReportSchema>;

/**
 * A comparison report built now or frozen earlier, as the screens read it: a report frozen under
 * methodology 2026.1 keeps the pooled association it was built with.
 */
export const comparisonReportSchema = liveComparisonReportSchema.extend({
  association: z.union([comparisonAssociationSchema, pooledAssociationSchema]),
});
export type ComparisonReport = z.infer<typeof comparisonReportSchema>;

/** A frozen comparison without its payload: `POST /api/reports/frozen` and the list. */
export const frozenReportSummarySchema = z.object({
  id: z.number().int(),
  title: z.string(),
  parameters: comparisonQuerySchema,
  methodologyVersion: z.string(),
  frozenAt: z.string(),
  createdBy: z.object({ id: z.number().int(), username: z.string(), displayName: z.string() }).nullable(),
});
export type FrozenReportSummary = z.infer<typeof frozenReportSummarySchema>;

/** `GET /api/reports/frozen/:id`. */
export const frozenReportSchema = frozenReportSummarySchema.extend({
  /** The report exactly as it was built when frozen. */
  payload: comparisonReportSchema,
  /** The same comparison built now, to show what changed; null when it can no longer be built. */
  live: liveComparisonReportSchema.nullable(),
  liveUnavailableReason: z.string().nullable(),
});
export type FrozenReport = z.infer<typeof frozenReportSchema>;
