import { z } from 'zod';
import { BANDS, FLAGS, flaggedScoreSchema, trendOf, type FlaggedScore, type MissionScores } from './scoring';
import { kpiWeightsSchema, resolvedTargetsSchema } from './targets';

// Published scores (DESIGN §5): approving an assessment stores its scores as computed then,
// with the settings they were computed under, and every view shows those until it is reopened.

/** What a published score was computed under. */
export const scoreSettingsSchema = z.object({
  /** The settings version used; null for scores published before settings were versioned, or under none. */
  settingsVersionId: z.number().int().nullable(),
  methodologyVersion: z.string(),
  /** The baseline, target and weight in force for every indicator. */
  targets: resolvedTargetsSchema,
  kpiWeights: kpiWeightsSchema,
});
export type ScoreSettings = z.infer<typeof scoreSettingsSchema>;

export const publishedScoreSchema = z.object({
  assessmentId: z.number().int(),
  score: flaggedScoreSchema,
  settings: scoreSettingsSchema,
  publishedAt: z.string(),
  publishedBy: z.number().int().nullable(),
});
export type PublishedScore = z.infer<typeof publishedScoreSchema>;

/**
 * A mission's live scores with each approved assessment's published score in place of its live
 * one, and the trend worked out again over what is shown. An approved assessment without a
 * published score (none should remain after start-up) keeps its live score, said to be live.
 */
export function withPublishedScores(
  scores: MissionScores,
  published: ReadonlyMap<number, FlaggedScore>,
): MissionScores {
  const periods = scores.periods.map((period) => {
    const score = period.status === 'approved' ? published.get(period.assessmentId) : undefined;
    return score ? { ...period, ...score, scoreBasis: 'published' as const } : period;
  });
  return { ...scores, periods, trend: trendOf(periods) };
}

/** A published score at a glance, as the re-publish preview and the audit trail show it. */
export const publishedHeadlineSchema = z.object({
  overall: z.number().nullable(),
  band: z.enum(BANDS).nullable(),
  completeness: z.number(),
  flags: z.array(z.enum(FLAGS)),
  methodologyVersion: z.string(),
});
export type PublishedHeadline = z.infer<typeof publishedHeadlineSchema>;

/** One approved assessment published under an earlier methodology: its score then and as it would be published now. */
export const republishChangeSchema = z.object({
  assessmentId: z.number().int(),
  missionId: z.number().int(),
  missionAcronym: z.string(),
  period: z.string(),
  before: publishedHeadlineSchema,
  after: publishedHeadlineSchema,
  /** Whether any score, band or flag differs (the methodology version always does). */
  changed: z.boolean(),
});
export type RepublishChange = z.infer<typeof republishChangeSchema>;

/**
 * `GET|POST /api/published-scores/republish`: every approved assessment whose score was
 * published under another methodology than today's, by mission and period, with the score
 * before and after. The preview changes nothing; the POST publishes them all again.
 */
export const republishSchema = z.object({
  methodologyVersion: z.string(),
  assessments: z.array(republishChangeSchema),
  /** How many of them change a score, band or flag. */
  changed: z.number().int(),
});
export type Republish = z.infer<typeof republishSchema>;

/** The preview, with the data version it was worked out at: publishing is refused once the data moved. */
export const republishPreviewSchema = republishSchema.extend({ dataVersion: z.number().int() });
export type RepublishPreview = z.infer<typeof republishPreviewSchema>;

/** `POST /api/published-scores/republish`: publishes what the preview at `dataVersion` listed. */
export const republishInputSchema = z.object({ dataVersion: z.number().int() }).strict();
export type RepublishInput = z.infer<typeof republishInputSchema>;
