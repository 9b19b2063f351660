import { z } from 'zod';
import { idParamSchema } from './mission';

const PAGE_SIZE = 'Ask for 1 to 1000 entries at a time';

export const auditQuerySchema = z.object({
  entity: z.string().max(50).optional(),
  id: idParamSchema.optional(),
  user: idParamSchema.optional(),
  from: z.iso.date({ message: 'Write the date as YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: 'Write the date as YYYY-MM-DD' }).optional(),
  /** Entries about this mission: the mission itself, its targets and its assessments. */
  mission: idParamSchema.optional(),
  /** Entries older than this entry id: the next page after the last one read. */
  before: idParamSchema.optional(),
  limit: z.coerce.number({ error: PAGE_SIZE }).int(PAGE_SIZE).min(1, PAGE_SIZE).max(1000, PAGE_SIZE).default(200),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The CSV export holds every matching entry, not a page. */
export const auditCsvQuerySchema = auditQuerySchema.omit({ before: true, limit: true });
export type AuditCsvQuery = z.infer<typeof auditCsvQuerySchema>;

/** What the audit trail records changes to; `import` and `portfolio` entries have no entity id. */
export const AUDIT_ENTITIES = [
  'mission',
  'assessment',
  'targets',
  'user',
  'import',
  'frozen_report',
  'portfolio',
  'indicator',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** One entry as `GET /api/audit` answers: before and after are the JSON the mutation stored. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  /** Null for changes made by the system itself (first start, demo seed). */
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  /** The mission an entry is about (a mission, its targets or one of its assessments), even once deleted. */
  missionId: z.number().int().nullable(),
  missionAcronym: z.string().nullable(),
  /** The period of the assessment an entry is about. */
  period: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
