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
