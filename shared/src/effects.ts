import { z } from 'zod';
import { INDICATOR_IDS } from './catalog';
import { PERIOD_TYPES, periodSchema } from './periods';

// "Change since a mission began" (DESIGN §5): an interrupted time series of one count indicator
// around a period `at`, fitted by the shared quasi-Poisson model (method/interrupted-time-series).

/** At most this many periods on each side when the request leaves `before` or `after` out. */
export const EFFECTS_DEFAULT_MAX_PERIODS = 20;

const periodCount = z.coerce
  .number({ error: 'Give a whole number of periods' })
  .int('Give a whole number of periods')
  .min(1, 'At least 1 period')
  .max(400, 'At most 400 periods');

/** `GET /api/missions/:id/effects?indicator=&at=&before=&after=` */
export const effectsQuerySchema = z.object({
  indicator: z.enum(INDICATOR_IDS, { error: 'Choose an indicator of the catalog' }),
  at: periodSchema.optional(),
  before: periodCount.optional(),
  after: periodCount.optional(),
});
export type EffectsQuery = z.infer<typeof effectsQuerySchema>;

const estimateSchema = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

export const missionEffectsSchema = z.object({
  missionId: z.number().int().positive(),
  indicator: z.enum(INDICATOR_IDS),
  periodType: z.enum(PERIOD_TYPES),
  /** The first period counted as "after": the period of the mission's start date unless asked otherwise. */
  at: z.string(),
  /** The period of the mission's start date. */
  missionStart: z.string(),
  /** Where the counts came from: the mission's stored UCDP GED event series, or its approved assessments. */
  source: z.enum(['ucdp_ged', 'approved_assessments']),
  /** The GED citations when the counts are UCDP's. */
  citations: z.array(z.string()),
  /** Periods before `at`, and from `at` on (`at` included), in the series used. */
  before: z.number().int(),
  after: z.number().int(),
  /** exp(β2): the counts' ratio at `at` to the earlier trend carried on; 1 = no change. */
  levelChange: estimateSchema,
  /** exp(4β3) for quarters, exp(12β3) for months: the change in the yearly trend from `at`, as a ratio. */
  slopeChangePerYear: estimateSchema,
  /** The trend before `at`, as a ratio a year. */
  preTrendPerYear: estimateSchema,
  /** Pearson χ² ÷ (n − 4): how much more the counts vary than a Poisson count would. */
  dispersion: z.number(),
  /** The earlier trend carried on, for every period from `at`, with its 95 % band. */
  counterfactual: z.array(z.object({ period: z.string(), expected: z.number(), lower: z.number(), upper: z.number() })),
  observedAfter: z.number(),
  expectedAfter: estimateSchema,
  /** observedAfter − expectedAfter.estimate: negative when fewer were recorded than expected. */
  differenceAfter: z.number(),
  /** Lag-1 autocorrelation of the Pearson residuals. */
  residualAutocorrelation: z.number(),
  /** |r| > 0.3: the intervals should be read with care. */
  autocorrelationWarning: z.boolean(),
  /** The plain English sentence, ending with its caveat: a change in time, not proof of cause. */
  sentence: z.string(),
  /** The series the model was fitted to, oldest first. */
  series: z.array(z.object({ period: z.string(), count: z.number(), side: z.enum(['before', 'after']) })),
});
export type MissionEffects = z.infer<typeof missionEffectsSchema>;
