import type { exportEndpoints } from '@cpea/shared/api/exports';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';
import { streamChunks } from '../http/stream';

export function exportHandlers(useCases: UseCases): Handlers<typeof exportEndpoints> {
  return {
    exportAssessmentsCsv: async ({ query, res }) => {
      const file = useCases.exportAssessmentsCsv(query);
      res.type('text/csv; charset=utf-8').attachment(file.filename).setHeader('Cache-Control', 'no-store');
      await streamChunks(res, file.chunks);
    },
  };
}
