import { z } from 'zod';
import { INDICATORS, INDICATOR_IDS, KPI_IDS, UNIT_RANGES, getIndicator } from './catalog';
import { objectOverIds } from './object-over-ids';

const bound = z.number().finite().nullable();

/** What a mission has set for one indicator; anything unset falls back to the catalog. */
export const targetSettingSchema = z.object({
  baseline: bound,
  target: bound,
  weight: z.number().min(0, 'Weight cannot be negative').max(100, 'At most 100').default(1),
});
export type TargetSetting = z.infer<typeof targetSettingSchema>;

/** A mission's settings, as stored and scored: any indicator may be left unset. */
export const missionTargetsSchema = z.partialRecord(z.enum(INDICATOR_IDS), targetSettingSchema);
export type MissionTargets = z.infer<typeof missionTargetsSchema>;

export const kpiWeightsSchema = objectOverIds(KPI_IDS, () => z.number().min(0, 'Weight cannot be negative').max(100));

const SCORED_IDS = INDICATORS.filter((indicator) => indicator.scored).map((indicator) => indicator.id);

/** What an admin sets for a mission: baselines, targets and weights; KPI weights. */
export const targetsInputSchema = z
  .object({
    targets: objectOverIds(SCORED_IDS, () => targetSettingSchema.optional()),
    kpiWeights: kpiWeightsSchema,
  })
  .strict()
  .superRefine((input, ctx) => {
    const weights = Object.values(input.kpiWeights);
    if (weights.length !== KPI_IDS.length) {
      ctx.addIssue({ code: 'custom', path: ['kpiWeights'], message: 'Give a weight for each of the four KPIs' });
    } else if (weights.every((w) => w === 0)) {
      ctx.addIssue({ code: 'custom', path: ['kpiWeights'], message: 'At least one KPI weight must be above 0' });
    }
    for (const id of SCORED_IDS) {
      const setting = input.targets[id];
      if (!setting) continue;
      const indicator = getIndicator(id);
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

export const TARGET_ORIGINS = ['mission', 'catalog', 'first_value', 'none'] as const;
export type TargetOrigin = (typeof TARGET_ORIGINS)[number];

/** The baseline, target and weight in force for one indicator, and where they came from. */
export const resolvedTargetSchema = z.object({
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  weight: z.number(),
  origin: z.enum(TARGET_ORIGINS),
});
export type ResolvedTarget = z.infer<typeof resolvedTargetSchema>;

/** Every indicator's target in force. */
export const resolvedTargetsSchema = z.record(z.enum(INDICATOR_IDS), resolvedTargetSchema);

/** `GET|PUT /api/missions/:id/targets`: what the mission set, and what is in force once the catalog fills the gaps. */
export const missionTargetsResponseSchema = targetsInputSchema.safeExtend({
  resolved: resolvedTargetsSchema,
});
export type MissionTargetsResponse = z.infer<typeof missionTargetsResponseSchema>;
