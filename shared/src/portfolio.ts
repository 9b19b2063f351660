import { z } from 'zod';
import { missionSchema } from './mission';
import { ASSESSMENT_STATUSES } from './assessment';
import { SCORE_BASES, TRENDS, periodHeadlineSchema } from './scoring';

/** One row of the portfolio overview: a mission with its latest scored period. */
export const missionSummarySchema = missionSchema.extend({
  assessmentCount: z.number().int(),
  latestPeriod: z.string().nullable(),
  /** The latest approved period, or the latest of any status when unapproved ones are included. */
  latest: periodHeadlineSchema
    .extend({ status: z.enum(ASSESSMENT_STATUSES), scoreBasis: z.enum(SCORE_BASES) })
    .nullable(),
  trend: z.enum(TRENDS),
  /** Submitted assessments waiting for an admin's approval, oldest period first. */
  awaitingApproval: z.array(z.object({ assessmentId: z.number().int(), period: z.string() })),
  sparkline: z.array(
    z.object({ period: z.string(), overall: z.number().nullable(), status: z.enum(ASSESSMENT_STATUSES) }),
  ),
});
export type MissionSummary = z.infer<typeof missionSummarySchema>;
