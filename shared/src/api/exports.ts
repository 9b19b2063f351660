import { exportQuerySchema } from '../imports';
import { csvFile, endpoints, idParams } from './endpoint';

export const exportEndpoints = endpoints('export', {
  exportAssessmentsCsv: {
    method: 'get',
    path: '/api/export/assessments.csv',
    summary: 'Export assessments as CSV, wide or long',
    description: 'Without `missions`, every active mission. Streamed as an attachment.',
    role: 'viewer',
    query: exportQuerySchema,
    answer: csvFile('The assessments, one row per assessment (wide) or per indicator value (long)'),
  },
  getAssessmentTemplateCsv: {
    method: 'get',
    path: '/api/missions/:id/template.csv',
    summary: "A mission's assessments file to fill in",
    description:
      "The wide header, then one row per period due (the periods of the mission's life without an assessment, oldest first) with the mission and the period filled in. Rows left empty are skipped on import.",
    role: 'viewer',
    params: idParams,
    answer: csvFile('The wide header and a row per period due'),
  },
});
