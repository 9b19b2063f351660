import { z } from 'zod';
import { INDICATORS, KPI_IDS, getIndicator, indicatorIdSchema, rangeOf, type Indicator } from './catalog';
import { objectOverIds } from './object-over-ids';
import { comparePeriods, periodSchema, periodTypeOf } from './periods';

const bound = z.number().finite().nullable();

/**
 * Where a baseline comes from: a value an admin typed; the mean of the approved values over a
 * named window of periods (drafts and submitted assessments never feed it), worked out when
 * scoring; or the mission's first assessed value, written down once when the catalog's "first
 * assessed value" default was retired (at migration, or when the demo was seeded), never worked
 * out again.
 */
export const BASELINE_SOURCES = ['typed', 'window', 'first_value'] as const;
export type BaselineSourceKind = (typeof BASELINE_SOURCES)[number];
export const baselineSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typed') }).strict(),
  z.object({ kind: z.literal('window'), from: periodSchema, to: periodSchema }).strict(),
  z.object({ kind: z.literal('first_value'), period: periodSchema }).strict(),
]);
export type BaselineSource = z.infer<typeof baselineSourceSchema>;

/** What a mission has set for one indicator; anything unset falls back to the catalog. */
export const targetSettingSchema = z.object({
  /** The baseline typed or written down; for a window, ignored (worked out from the window). */
  baseline: bound,
  /** Where the baseline comes from; typed when absent. */
  baselineSource: baselineSourceSchema.optional(),
  target: bound,
  weight: z.number().min(0, 'Weight cannot be negative').max(100, 'At most 100').default(1),
});
export type TargetSetting = z.infer<typeof targetSettingSchema>;

/** A mission's settings, as stored and scored: any indicator may be left unset. */
export const missionTargetsSchema = z.record(indicatorIdSchema, targetSettingSchema);
export type MissionTargets = z.infer<typeof missionTargetsSchema>;

export const kpiWeightsSchema = objectOverIds(KPI_IDS, () => z.number().min(0, 'Weight cannot be negative').max(100));

const SCORED_IDS = INDICATORS.filter((indicator) => indicator.scored).map((indicator) => indicator.id);

/**
 * What an admin sets for a mission: baselines, targets and weights; KPI weights; and the period
 * from which this version of them applies (until the next version's).
 */
export const targetsInputSchema = z
  .object({
    // A mission's custom indicators by id: checked against its indicator set (targetSettingIssues).
    targets: objectOverIds(SCORED_IDS, () => targetSettingSchema.optional()).catchall(targetSettingSchema.optional()),
    kpiWeights: kpiWeightsSchema,
    effectiveFrom: periodSchema.optional(),
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
      for (const issue of settingIssues(getIndicator(id), setting)) ctx.addIssue({ code: 'custom', ...issue });
    }
  });
export type TargetsInput = z.infer<typeof targetsInputSchema>;

/** What is wrong with one indicator's setting: a window running backwards, a bound out of its range. */
function settingIssues(indicator: Indicator, setting: TargetSetting): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const range = rangeOf(indicator);
  const source = setting.baselineSource;
  if (source?.kind === 'window' && periodTypeOf(source.from) && periodTypeOf(source.to)) {
    if (periodTypeOf(source.from) !== periodTypeOf(source.to) || comparePeriods(source.from, source.to) > 0) {
      issues.push({
        path: ['targets', indicator.id, 'baselineSource'],
        message: `${indicator.name}: the baseline window must run from a period to the same or a later one`,
      });
    }
  }
  for (const key of ['baseline', 'target'] as const) {
    const v = setting[key];
    if (v == null || (v >= range.min && v <= range.max)) continue;
    const what =
      indicator.unit === 'number'
        ? `from ${range.min} to ${range.max}`
        : indicator.unit.replace('_1_5', ' from 1 to 5');
    issues.push({
      path: ['targets', indicator.id, key],
      message: `${indicator.name}: ${key} is out of range for a ${what}`,
    });
  }
  return issues;
}

/**
 * The problems of the settings for indicators outside the standard catalog, against a mission's
 * indicator set: an id it does not have, a retired one newly set, a bound out of range.
 */
export function customSettingIssues(
  targets: Record<string, TargetSetting | undefined>,
  indicators: readonly Indicator[],
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const [id, setting] of Object.entries(targets)) {
    if (!setting || (SCORED_IDS as readonly string[]).includes(id)) continue;
    const indicator = indicators.find((item) => item.id === id && item.custom);
    if (!indicator) {
      issues.push({ path: `targets.${id}`, message: `Unknown indicator for this mission: ${id}` });
      continue;
    }
    for (const issue of settingIssues(indicator, setting)) issues.push({ ...issue, path: issue.path.join('.') });
  }
  return issues;
}

export const TARGET_ORIGINS = ['mission', 'catalog', 'first_value', 'none'] as const;
export type TargetOrigin = (typeof TARGET_ORIGINS)[number];

/** The baseline, target and weight in force for one indicator, and where they came from. */
export const resolvedTargetSchema = z.object({
  baseline: z.number().nullable(),
  /** For a baseline worked out over a window: the sum of its approved values and how many periods they are. */
  baselineWindow: z.object({ events: z.number(), periods: z.number().int() }).optional(),
  target: z.number().nullable(),
  weight: z.number(),
  origin: z.enum(TARGET_ORIGINS),
});
export type ResolvedTarget = z.infer<typeof resolvedTargetSchema>;

/** Every indicator's target in force. */
export const resolvedTargetsSchema = z.record(indicatorIdSchema, resolvedTargetSchema);

/** One version of a mission's settings, effective from a period until the next version's. */
export const settingsVersionSchema = z.object({
  id: z.number().int(),
  effectiveFrom: periodSchema,
  createdAt: z.string(),
  createdBy: z.number().int().nullable(),
  targets: missionTargetsSchema,
  kpiWeights: kpiWeightsSchema,
});
export type SettingsVersion = z.infer<typeof settingsVersionSchema>;

/**
 * `GET|PUT /api/missions/:id/targets`: the version in force now (the latest), what it sets and
 * what is in force once the catalog fills the gaps, and every version, oldest first.
 */
export const missionTargetsResponseSchema = z.object({
  versionId: z.number().int().nullable(),
  effectiveFrom: periodSchema.nullable(),
  targets: missionTargetsSchema,
  kpiWeights: kpiWeightsSchema,
  resolved: resolvedTargetsSchema,
  versions: z.array(settingsVersionSchema),
});
export type MissionTargetsResponse = z.infer<typeof missionTargetsResponseSchema>;

/** One period whose live score a change of settings would move. */
export const scoreChangeSchema = z.object({
  assessmentId: z.number().int(),
  period: periodSchema,
  status: z.enum(['draft', 'submitted', 'approved']),
  before: z.number().nullable(),
  after: z.number().nullable(),
});

/** `POST /api/missions/:id/targets/preview`: what saving the same body would change. */
export const targetsPreviewSchema = z.object({
  effectiveFrom: periodSchema,
  /** Drafts and submitted assessments whose overall score would change, before → after. */
  changes: z.array(scoreChangeSchema),
  /** Approved assessments that keep their published score but would score differently if reopened. */
  approvedThatWouldDiffer: z.number().int(),
  /** The approved ones among them, before (as published) → after. */
  approvedChanges: z.array(scoreChangeSchema),
});
export type TargetsPreview = z.infer<typeof targetsPreviewSchema>;
