import { z } from 'zod';
import { missionSchema } from './mission';
import { TRENDS, periodHeadlineSchema } from './scoring';

/** One row of the portfolio overview: a mission with its latest scored period. */
export const missionSummarySchema = missionSchema.extend({
  assessmentCount: z.number().int(),
  latestPeriod: z.string().nullable(),
  latest: periodHeadlineSchema.nullable(),
  trend: z.enum(TRENDS),
  /** Submitted assessments waiting for an admin's approval, oldest period first. */
  awaitingApproval: z.array(z.object({ assessmentId: z.number().int(), period: z.string() })),
  sparkline: z.array(z.object({ period: z.string(), overall: z.number().nullable() })),
});
export type MissionSummary = z.infer<typeof missionSummarySchema>;
