import type { auditEndpoints } from '@cpea/shared/api/audit';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';
import { sendCsvFile } from '../http/csv-download';

export function auditHandlers(useCases: UseCases): Handlers<typeof auditEndpoints> {
  return {
    readAudit: ({ query }) => useCases.readAudit(query),
    exportAuditCsv: ({ query, res }) => sendCsvFile(res, useCases.exportAuditCsv(query)),
  };
}
