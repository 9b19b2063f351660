import { z } from 'zod';
import { auditEntrySchema, auditQuerySchema } from '../audit';
import { endpoints, ok } from './endpoint';

export const auditEndpoints = endpoints('audit', {
  readAudit: {
    method: 'get',
    path: '/api/audit',
    summary: 'Read the audit trail, newest first',
    role: 'admin',
    query: auditQuerySchema,
    answer: ok(z.array(auditEntrySchema), 'The matching entries'),
  },
});
