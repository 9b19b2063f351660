import { z } from 'zod';
import {
  CHALLENGE_IDS,
  ENTERED_INDICATORS,
  MAX_SEVERITY,
  getIndicator,
  indicatorIdSchema,
  rangeOf,
  type Indicator,
  type IndicatorId,
} from './catalog';
import { objectOverIds } from './object-over-ids';
import { periodSchema } from './periods';
import { baseVersionSchema, storedVersionSchema } from './versioned';

export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const PROVENANCES = ['manual', 'csv', 'ucdp_ged'] as const;
export type Provenance = (typeof PROVENANCES)[number];

function valueSchema(indicator: Indicator) {
  const number = z.number({ message: `${indicator.name} must be a number` });
  const { min, max } = rangeOf(indicator);
  switch (indicator.unit) {
    case 'count':
      return number
        .int(`${indicator.name} must be a whole number`)
        .min(min, `${indicator.name} cannot be negative`)
        .max(max, `${indicator.name} is implausibly large`);
    case 'percent':
      return number
        .min(min, `${indicator.name} cannot be below ${min} %`)
        .max(max, `${indicator.name} cannot exceed ${max} %`);
    case 'rating_1_5':
      return number
        .min(min, `${indicator.name} is rated from ${min} to ${max}`)
        .max(max, `${indicator.name} is rated from ${min} to ${max}`);
    case 'number':
      return number
        .min(min, `${indicator.name} cannot be below ${min}`)
        .max(max, `${indicator.name} cannot exceed ${max}`);
  }
}

/** Indicator values as stored, scored and answered, derived ones included; null means "not measured", never zero. */
export const indicatorValuesSchema = z.record(indicatorIdSchema, z.number().nullable());
export type IndicatorValues = Partial<Record<IndicatorId, number | null>>;

/**
 * Entered indicator values as any request carries them: the standard ones each within its
 * unit's range, and a mission's custom ones by id, checked against the mission's indicator set
 * (valuesSchemaFor) once the mission is known.
 */
export const valuesSchema = objectOverIds(
  ENTERED_INDICATORS.map((indicator) => indicator.id),
  (id) => valueSchema(getIndicator(id)).nullable().optional(),
).catchall(z.number().nullable().optional());

/**
 * The values a mission takes: one per entered indicator of its set, each within its range. An
 * id outside the set is an error naming it; a retired indicator takes no new value.
 */
export function valuesSchemaFor(indicators: readonly Indicator[]) {
  const entered = indicators.filter((indicator) => !indicator.derived);
  const shape = Object.fromEntries(
    entered.map((indicator) => [
      indicator.id,
      indicator.custom?.retiredAt
        ? z.null({ message: `${indicator.name} is retired and takes no new values` }).optional()
        : valueSchema(indicator).nullable().optional(),
    ]),
  );
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown indicator${issue.keys.length > 1 ? 's' : ''} for this mission: ${issue.keys.join(', ')}`
        : undefined,
  });
}

export const challengeRatingSchema = z.object({
  severity: z
    .number()
    .int('Severity is a whole number from 0 to 4')
    .min(0, 'Severity is from 0 (none) to 4 (critical)')
    .max(MAX_SEVERITY, 'Severity is from 0 (none) to 4 (critical)')
    .nullable(),
  note: z.string().max(2000, 'At most 2,000 characters').default(''),
});
export type ChallengeRating = z.infer<typeof challengeRatingSchema>;

export const challengesSchema = objectOverIds(CHALLENGE_IDS, () => challengeRatingSchema.optional());

/** A stored assessment's ratings: any challenge may be unrated. */
export const challengeRatingsSchema = z.partialRecord(z.enum(CHALLENGE_IDS), challengeRatingSchema);
export type ChallengeRatings = z.infer<typeof challengeRatingsSchema>;

export const narrativeSchema = z
  .object({
    achievements: z.string().max(20_000, 'At most 20,000 characters').default(''),
    setbacks: z.string().max(20_000, 'At most 20,000 characters').default(''),
    lessons: z.string().max(20_000, 'At most 20,000 characters').default(''),
  })
  .strict();
export type Narrative = z.infer<typeof narrativeSchema>;

/** The cross-field rules a set of values breaks, each with the path of the value to correct. */
function valueRuleIssues(
  values: IndicatorValues,
  pathPrefix: readonly string[],
): { path: string[]; message: string }[] {
  const recorded = values.disputes_recorded;
  const resolved = values.disputes_resolved;
  const issues: { path: string[]; message: string }[] = [];
  if (resolved != null && recorded == null) {
    issues.push({
      path: [...pathPrefix, 'disputes_recorded'],
      message: 'Enter the disputes recorded when you enter disputes resolved',
    });
  }
  if (resolved != null && recorded != null && resolved > recorded) {
    issues.push({
      path: [...pathPrefix, 'disputes_resolved'],
      message: `Disputes resolved (${resolved}) cannot exceed disputes recorded (${recorded})`,
    });
  }
  return issues;
}

/** Cross-field rules on indicator values, shared by the form, the API and the importers. */
export function checkValueRules(values: IndicatorValues, ctx: z.RefinementCtx, pathPrefix: string[] = ['values']) {
  for (const issue of valueRuleIssues(values, pathPrefix)) ctx.addIssue({ code: 'custom', ...issue });
}

/** The cross-field rules an already-validated set of values breaks, as `{path, message}`. */
export function valueRuleViolations(values: IndicatorValues): { path: string; message: string }[] {
  return valueRuleIssues(values, ['values']).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const assessmentFields = z.object({
  period: periodSchema,
  values: valuesSchema.default({}),
  challenges: challengesSchema.default({}),
  narrative: narrativeSchema.default({ achievements: '', setbacks: '', lessons: '' }),
});

export const assessmentInputSchema = assessmentFields.strict().superRefine((assessment, ctx) => {
  checkValueRules(assessment.values, ctx);
});
export type AssessmentInput = z.input<typeof assessmentInputSchema>;

/** A new assessment of a mission whose indicator set is `indicators`: the form and the server check it alike. */
export function assessmentInputSchemaFor(indicators: readonly Indicator[]) {
  return assessmentFields
    .extend({ values: valuesSchemaFor(indicators).default({}) })
    .strict()
    .superRefine((assessment, ctx) => {
      checkValueRules(assessment.values as IndicatorValues, ctx);
    });
}
export type ParsedAssessmentInput = z.infer<typeof assessmentInputSchema>;

/** A patch's challenge rating: the severity, the note, or both; what it leaves out stays as stored. */
const challengeRatingPatchSchema = z
  .object({
    severity: challengeRatingSchema.shape.severity.optional(),
    note: z.string().max(2000, 'At most 2,000 characters').optional(),
  })
  .strict();

// No defaults in a patch: zod keeps a default inside .partial(), and a default would overwrite
// the stored field the patch did not name.
export const assessmentPatchSchema = z
  .object({
    values: valuesSchema,
    challenges: objectOverIds(CHALLENGE_IDS, () => challengeRatingPatchSchema.optional()),
    narrative: z
      .object({
        achievements: z.string().max(20_000, 'At most 20,000 characters'),
        setbacks: z.string().max(20_000, 'At most 20,000 characters'),
        lessons: z.string().max(20_000, 'At most 20,000 characters'),
      })
      .partial()
      .strict(),
  })
  .partial()
  .extend({ version: baseVersionSchema })
  // Cross-field rules are checked on the merged values by the service: a patch may carry only
  // one of the two dispute counts.
  .strict();
export type AssessmentPatch = z.infer<typeof assessmentPatchSchema>;

export const assessmentSchema = z.object({
  id: z.number().int(),
  missionId: z.number().int(),
  period: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  values: indicatorValuesSchema,
  provenance: z.record(indicatorIdSchema, z.enum(PROVENANCES)),
  challenges: challengeRatingsSchema,
  narrative: narrativeSchema,
  authorId: z.number().int().nullable(),
  /** Who created or last updated its content (null for seeded data): not its approver. */
  lastEditorId: z.number().int().nullable(),
  version: storedVersionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** Workflow steps carry the version they were based on, like every other update. */
export const workflowStepSchema = z
  .object({
    version: baseVersionSchema,
    comment: z.string().trim().max(2000, 'At most 2,000 characters').default(''),
  })
  .strict();
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

/** What a send-back without a reason is told, by the server and the dialog alike. */
export const REOPEN_COMMENT_REQUIRED = 'Say why it goes back to draft';
export const reopenStepSchema = workflowStepSchema.extend({
  comment: z.string().trim().min(1, REOPEN_COMMENT_REQUIRED).max(2000, 'At most 2,000 characters'),
});
