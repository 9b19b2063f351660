import { z } from 'zod';
import { flaggedScoreSchema, trendOf, type FlaggedScore, type MissionScores } from './scoring';
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
