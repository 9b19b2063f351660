import { z } from 'zod';
import { INDICATORS, INDICATOR_IDS, KPI_IDS, UNIT_RANGES, getIndicator, type IndicatorId } from './catalog';
import { resolvedTargetSchema } from './scoring';

const bound = z.number().finite().nullable();

const targetSettingSchema = z.object({
  baseline: bound,
  target: bound,
  weight: z.number().min(0, 'Weight cannot be negative').max(100, 'At most 100').default(1),
});

/** What an admin sets for a mission: baselines, targets and weights; KPI weights. */
export const targetsInputSchema = z
  .object({
    targets: z
      .object(Object.fromEntries(INDICATORS.filter((i) => i.scored).map((i) => [i.id, targetSettingSchema.optional()])))
      .strict(),
    kpiWeights: z
      .object(Object.fromEntries(KPI_IDS.map((id) => [id, z.number().min(0, 'Weight cannot be negative').max(100)])))
      .strict(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const weights = Object.values(input.kpiWeights) as number[];
    if (weights.length !== KPI_IDS.length) {
      ctx.addIssue({ code: 'custom', path: ['kpiWeights'], message: 'Give a weight for each of the four KPIs' });
    } else if (weights.every((w) => w === 0)) {
      ctx.addIssue({ code: 'custom', path: ['kpiWeights'], message: 'At least one KPI weight must be above 0' });
    }
    for (const [id, setting] of Object.entries(input.targets)) {
      if (!setting) continue;
      const indicator = getIndicator(id as IndicatorId);
      const range = UNIT_RANGES[indicator.unit];
      for (const key of ['baseline', 'target'] as const) {
        const v = setting[key];
        if (v == null || (v >= range.min && v <= range.max)) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['targets', id, key],
          message: `${indicator.name}: ${key} is out of range for a ${indicator.unit.replace('_1_5', ' from 1 to 5')}`,
        });
      }
    }
  });
export type TargetsInput = z.infer<typeof targetsInputSchema>;

/** `GET|PUT /api/missions/:id/targets`: what the mission set, and what is in force once the catalog fills the gaps. */
export const missionTargetsResponseSchema = targetsInputSchema.safeExtend({
  resolved: z.record(z.enum(INDICATOR_IDS), resolvedTargetSchema),
});
export type MissionTargetsResponse = z.infer<typeof missionTargetsResponseSchema>;
