import { z } from 'zod';

export const auditQuerySchema = z.object({
  entity: z.string().max(50).optional(),
  id: z.coerce.number().int().positive().optional(),
  user: z.coerce.number().int().positive().optional(),
  from: z.iso.date({ message: 'Write the date as YYYY-MM-DD' }).optional(),
  to: z.iso.date({ message: 'Write the date as YYYY-MM-DD' }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** What the audit trail records changes to; `import` and `portfolio` entries have no entity id. */
export const AUDIT_ENTITIES = [
  'mission',
  'assessment',
  'targets',
  'user',
  'import',
  'frozen_report',
  'portfolio',
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
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
