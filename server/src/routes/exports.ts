import type { exportEndpoints } from '@cpea/shared/api/exports';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';
import { startCsvDownload } from '../http/csv-download';
import { streamChunks } from '../http/stream';

export function exportHandlers(useCases: UseCases): Handlers<typeof exportEndpoints> {
  return {
    exportAssessmentsCsv: async ({ query, res }) => {
      const file = useCases.exportAssessmentsCsv(query);
      startCsvDownload(res, file.filename);
      await streamChunks(res, file.chunks);
    },
  };
}
