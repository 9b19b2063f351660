import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR, PERIOD_TYPES } from './periods';
import { baseVersionSchema, storedVersionSchema } from './versioned';

export const MISSION_TYPES = [
  'peacekeeping',
  'conflict_prevention',
  'post_conflict_reconstruction',
  'capacity_building',
  'mediation_support',
  'crisis_response',
] as const;

export const LEAD_ORGANISATIONS = ['UN', 'NATO', 'AU', 'EU', 'regional', 'bilateral', 'NGO', 'coalition'] as const;

export const SETTINGS = ['urban', 'rural', 'mixed'] as const;

export const MISSION_TYPE_LABELS: Record<(typeof MISSION_TYPES)[number], string> = {
  peacekeeping: 'Peacekeeping',
  conflict_prevention: 'Conflict prevention',
  post_conflict_reconstruction: 'Post-conflict reconstruction',
  capacity_building: 'Capacity building',
  mediation_support: 'Mediation support',
  crisis_response: 'Crisis response',
};

const isoDate = z.iso
  .date({ message: 'Write the date as YYYY-MM-DD' })
  .refine((date) => Number(date.slice(0, 4)) >= FIRST_YEAR && Number(date.slice(0, 4)) <= LAST_YEAR, {
    message: `The date must be from ${FIRST_YEAR} to ${LAST_YEAR}`,
  });

// The fields without defaults: a patch must leave alone what it does not name, and zod keeps
// a default inside .partial(), so the patch is built from these and only creation adds defaults.
const missionShape = z.object({
  name: z.string().trim().min(1, 'Name is required').max(200, 'At most 200 characters'),
  /** Shown in the French interface; empty when the mission has no official French name. */
  nameFr: z.string().trim().max(200, 'At most 200 characters'),
  acronym: z.string().trim().min(1, 'Acronym is required').max(20, 'At most 20 characters'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use the three-letter ISO 3166-1 alpha-3 code, for example CAF'),
  areas: z.array(z.string().trim().min(1).max(200)).max(100),
  missionType: z.enum(MISSION_TYPES),
  leadOrganisation: z.enum(LEAD_ORGANISATIONS),
  partners: z.array(z.string().trim().min(1).max(200)).max(100),
  setting: z.enum(SETTINGS),
  multiEthnic: z.boolean(),
  mandate: z.string().max(20_000, 'At most 20,000 characters'),
  mandateFr: z.string().max(20_000, 'At most 20,000 characters'),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  periodType: z.enum(PERIOD_TYPES),
});

const missionFields = missionShape.extend({
  areas: missionShape.shape.areas.default([]),
  partners: missionShape.shape.partners.default([]),
  multiEthnic: missionShape.shape.multiEthnic.default(false),
  nameFr: missionShape.shape.nameFr.default(''),
  mandate: missionShape.shape.mandate.default(''),
  mandateFr: missionShape.shape.mandateFr.default(''),
  endDate: missionShape.shape.endDate.default(null),
  periodType: missionShape.shape.periodType.default('quarter'),
});

function endNotBeforeStart(mission: { startDate?: string; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (mission.startDate && mission.endDate && mission.endDate < mission.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date is before the start date' });
  }
}

export const missionInputSchema = missionFields.strict().superRefine(endNotBeforeStart);
export type MissionInput = z.input<typeof missionInputSchema>;
export type ParsedMissionInput = z.infer<typeof missionInputSchema>;

/**
 * Only the named fields change, from the version the client read. A patch with one date is
 * checked here against itself only; the service checks it against the stored other date.
 */
export const missionPatchSchema = missionShape
  .partial()
  .extend({ archived: z.boolean().optional(), version: baseVersionSchema })
  .strict()
  .superRefine(endNotBeforeStart);
export type MissionPatch = z.infer<typeof missionPatchSchema>;
/** What a patch changes, without the version it is based on. */
export type MissionChanges = Omit<MissionPatch, 'version'>;

/** The rule on a mission's two dates, for a patch merged with the stored mission. */
export function endDateIssue(mission: { startDate: string; endDate: string | null }): string | null {
  return mission.endDate && mission.endDate < mission.startDate ? 'End date is before the start date' : null;
}

export const missionSchema = missionFields.extend({
  id: z.number().int(),
  archived: z.boolean(),
  /** True for the demo portfolio's invented values; false for real or user-entered data. */
  illustrative: z.boolean(),
  version: storedVersionSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Mission = z.infer<typeof missionSchema>;

const POSITIVE_WHOLE = 'Expected a positive whole number';
export const idParamSchema = z.coerce.number({ error: POSITIVE_WHOLE }).int(POSITIVE_WHOLE).positive(POSITIVE_WHOLE);
