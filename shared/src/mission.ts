import { z } from 'zod';
import { PERIOD_TYPES } from './periods';

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

const isoDate = z.iso.date({ message: 'Write the date as YYYY-MM-DD' });

const missionFields = z.object({
  name: z.string().trim().min(1, 'Name is required').max(200, 'At most 200 characters'),
  acronym: z.string().trim().min(1, 'Acronym is required').max(20, 'At most 20 characters'),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Use the three-letter ISO 3166-1 alpha-3 code, for example CAF'),
  areas: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  missionType: z.enum(MISSION_TYPES),
  leadOrganisation: z.enum(LEAD_ORGANISATIONS),
  partners: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  setting: z.enum(SETTINGS),
  multiEthnic: z.boolean().default(false),
  mandate: z.string().max(20_000, 'At most 20,000 characters').default(''),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
  periodType: z.enum(PERIOD_TYPES).default('quarter'),
});

function endNotBeforeStart(mission: { startDate?: string; endDate?: string | null }, ctx: z.RefinementCtx) {
  if (mission.startDate && mission.endDate && mission.endDate < mission.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'End date is before the start date' });
  }
}

export const missionInputSchema = missionFields.superRefine(endNotBeforeStart);
export type MissionInput = z.input<typeof missionInputSchema>;

export const missionPatchSchema = missionFields
  .partial()
  .extend({ archived: z.boolean().optional() })
  .strict()
  .superRefine(endNotBeforeStart);
export type MissionPatch = z.infer<typeof missionPatchSchema>;

export const missionSchema = missionFields.extend({
  id: z.number().int(),
  archived: z.boolean(),
  /** True for the demo portfolio's invented values; false for real or user-entered data. */
  illustrative: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Mission = z.infer<typeof missionSchema>;

export const idParamSchema = z.coerce.number().int().positive();
