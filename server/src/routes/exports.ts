import type { exportEndpoints } from '@cpea/shared/api/exports';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';
import { sendCsvFile } from '../http/csv-download';

export function exportHandlers(useCases: UseCases): Handlers<typeof exportEndpoints> {
  return {
    exportAssessmentsCsv: ({ query, res }) => sendCsvFile(res, useCases.exportAssessmentsCsv(query)),
    getAssessmentTemplateCsv: ({ params, res }) => sendCsvFile(res, useCases.assessmentTemplateCsv(params.id)),
  };
}
