import { z } from 'zod';
import { assessmentSchema } from './assessment';
import { customIndicatorSchema, missionIndicatorsSchema } from './custom-indicators';
import { missionEffectsSchema } from './effects';
import { missionEventSeriesSchema } from './event-series';
import { missionSchema } from './mission';
import { missionScoresSchema } from './scoring';
import { missionTargetsResponseSchema } from './targets';

/**
 * What a mission's page shows first, in one answer: each part as its own endpoint answers it
 * (the scores as published, the change-since-start models at the mission's start), so a
 * client can keep each part where it keeps that endpoint's answer.
 */
export const missionViewSchema = z.object({
  mission: missionSchema,
  assessments: z.array(assessmentSchema),
  scores: missionScoresSchema,
  targets: missionTargetsResponseSchema,
  indicators: missionIndicatorsSchema,
  customIndicators: z.array(customIndicatorSchema),
  eventSeries: missionEventSeriesSchema,
  /** One model per count indicator that has enough counts on each side of the mission's start; the others are left out. */
  effects: z.array(missionEffectsSchema),
});
export type MissionView = z.infer<typeof missionViewSchema>;
