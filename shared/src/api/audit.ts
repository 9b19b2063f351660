import { z } from 'zod';
import { auditCsvQuerySchema, auditEntrySchema, auditQuerySchema } from '../audit';
import { csvFile, endpoints, ok } from './endpoint';

export const auditEndpoints = endpoints('audit', {
  readAudit: {
    method: 'get',
    path: '/api/audit',
    summary: 'Read the audit trail, newest first',
    role: 'admin',
    query: auditQuerySchema,
    description: "At most `limit` entries; pass the last one's id as `before` for the next page.",
    answer: ok(z.array(auditEntrySchema), 'The matching entries'),
  },
  exportAuditCsv: {
    method: 'get',
    path: '/api/audit.csv',
    summary: 'Export the audit trail as CSV, newest first',
    description: 'Every entry matching the filters, with its before and after as JSON. Streamed as an attachment.',
    role: 'admin',
    query: auditCsvQuerySchema,
    answer: csvFile('One row per audit entry'),
  },
});
