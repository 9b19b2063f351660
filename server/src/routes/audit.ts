import type { auditEndpoints } from '@cpea/shared/api/audit';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';
import { startCsvDownload } from '../http/csv-download';
import { streamChunks } from '../http/stream';

export function auditHandlers(useCases: UseCases): Handlers<typeof auditEndpoints> {
  return {
    readAudit: ({ query }) => useCases.readAudit(query),
    exportAuditCsv: async ({ query, res }) => {
      const file = useCases.exportAuditCsv(query);
      startCsvDownload(res, file.filename);
      await streamChunks(res, file.chunks);
    },
  };
}
