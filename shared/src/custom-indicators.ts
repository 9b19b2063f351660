import { z } from 'zod';
import {
  DIRECTIONS,
  INDICATOR_IDS,
  INDICATOR_KINDS,
  KPI_IDS,
  UNITS,
  UNIT_RANGES,
  indicatorIdSchema,
  indicatorSchema,
  type Indicator,
} from './catalog';
import { baseVersionSchema, storedVersionSchema } from './versioned';

// Indicators an admin adds under a KPI, for one mission or for every mission. Once read, a
// custom indicator is an Indicator like the standard ones (asIndicator): the form, scoring,
// charts and exports take a mission's whole indicator set and treat them alike.

/** Ids a custom indicator cannot take: the standard ones, and the prefixes of the CSV's other columns. */
const RESERVED_PREFIXES = ['challenge_', 'source_', 'score_', 'kpi_', 'mission_'];

export const customIndicatorIdSchema = indicatorIdSchema
  .refine((id) => !(INDICATOR_IDS as readonly string[]).includes(id), 'This id is a standard indicator')
  .refine(
    (id) => !RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix)),
    `An indicator id cannot start with ${RESERVED_PREFIXES.join(', ')}`,
  )
  .refine(
    (id) => !['period', 'status', 'overall_score', 'completeness', 'updated_at'].includes(id),
    'This id is a CSV column',
  );

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const name = text(120).min(1, 'Give a name');

const fields = {
  nameEn: name,
  nameFr: name,
  kpi: z.enum(KPI_IDS),
  unit: z.enum(UNITS),
  /** For the unit `number`: what it is counted in ("km", "committees"), and its range. */
  unitLabel: text(40).nullable().default(null),
  min: z.number().finite().nullable().default(null),
  max: z.number().finite().nullable().default(null),
  direction: z.enum(DIRECTIONS),
  kind: z.enum(INDICATOR_KINDS),
  helpEn: text(2000).default(''),
  helpFr: text(2000).default(''),
  source: text(500).default(''),
};

type RangeFields = { unit: Indicator['unit']; unitLabel: string | null; min: number | null; max: number | null };

/** A number states its unit and range; the other units have theirs and take none. */
function checkRange(input: RangeFields, ctx: z.RefinementCtx) {
  if (input.unit !== 'number') {
    for (const key of ['unitLabel', 'min', 'max'] as const) {
      if (input[key] != null)
        ctx.addIssue({ code: 'custom', path: [key], message: 'Only a number states its own unit and range' });
    }
    return;
  }
  if (!input.unitLabel) ctx.addIssue({ code: 'custom', path: ['unitLabel'], message: 'Say what the number counts' });
  if (input.min == null) ctx.addIssue({ code: 'custom', path: ['min'], message: 'Give the lowest value it can take' });
  if (input.max == null) ctx.addIssue({ code: 'custom', path: ['max'], message: 'Give the highest value it can take' });
  if (input.min != null && input.max != null && input.min >= input.max)
    ctx.addIssue({ code: 'custom', path: ['max'], message: 'The highest value must be above the lowest' });
}

/** `POST /api/indicators`: a new indicator, for one mission or (missionId null) for every mission. */
export const customIndicatorInputSchema = z
  .object({ id: customIndicatorIdSchema, missionId: z.number().int().positive().nullable(), ...fields })
  .strict()
  .superRefine(checkRange);
export type CustomIndicatorInput = z.input<typeof customIndicatorInputSchema>;
export type ParsedCustomIndicatorInput = z.output<typeof customIndicatorInputSchema>;

/**
 * `PATCH /api/indicators/:indicatorId`: the fields it names, from the version the client read;
 * its id and mission never change. Unit and direction change only while it has no values.
 */
export const customIndicatorPatchSchema = z
  .object({
    nameEn: name,
    nameFr: name,
    kpi: z.enum(KPI_IDS),
    unit: z.enum(UNITS),
    unitLabel: text(40).nullable(),
    min: z.number().finite().nullable(),
    max: z.number().finite().nullable(),
    direction: z.enum(DIRECTIONS),
    kind: z.enum(INDICATOR_KINDS),
    helpEn: text(2000),
    helpFr: text(2000),
    source: text(500),
  })
  .partial()
  .extend({ version: baseVersionSchema })
  .strict();
export type CustomIndicatorPatch = z.infer<typeof customIndicatorPatchSchema>;

export const customIndicatorSchema = z.object({
  id: indicatorIdSchema,
  missionId: z.number().int().nullable(),
  nameEn: z.string(),
  nameFr: z.string(),
  kpi: z.enum(KPI_IDS),
  unit: z.enum(UNITS),
  unitLabel: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  direction: z.enum(DIRECTIONS),
  kind: z.enum(INDICATOR_KINDS),
  helpEn: z.string(),
  helpFr: z.string(),
  source: z.string(),
  retiredAt: z.string().nullable(),
  /** How many values have been entered for it, in every mission: with any, it can be retired but not deleted. */
  valueCount: z.number().int(),
  version: storedVersionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomIndicator = z.infer<typeof customIndicatorSchema>;

/** A custom indicator as the rest of the app sees every indicator: scored, entered, no catalog default. */
export function asIndicator(custom: Omit<CustomIndicator, 'valueCount'>): Indicator {
  return {
    id: custom.id,
    kpi: custom.kpi,
    name: custom.nameEn,
    unit: custom.unit,
    direction: custom.direction,
    kind: custom.kind,
    scored: true,
    derived: false,
    // A mission sets its own baseline and target: the catalog has no default for what it did not define.
    defaultTarget: { rule: 'none' },
    help: custom.helpEn,
    ...(custom.unit === 'number'
      ? {
          unitLabel: custom.unitLabel ?? '',
          range: { min: custom.min ?? UNIT_RANGES.number.min, max: custom.max ?? UNIT_RANGES.number.max },
        }
      : {}),
    custom: {
      missionId: custom.missionId,
      nameFr: custom.nameFr,
      helpFr: custom.helpFr,
      source: custom.source,
      retiredAt: custom.retiredAt,
    },
  };
}

/** `GET /api/missions/:id/indicators`: the standard catalog, then the instance-wide and the mission's own. */
export const missionIndicatorsSchema = z.array(indicatorSchema);
