import { exportQuerySchema } from '../imports';
import { csvFile, endpoints, idParams } from './endpoint';

export const exportEndpoints = endpoints('export', {
  exportAssessmentsCsv: {
    method: 'get',
    path: '/api/export/assessments.csv',
    summary: 'Export assessments as CSV, wide or long',
    description:
      'Without `missions`, every active mission. Streamed as an attachment. The long file gives each count its ' +
      'rate ratio against the baseline with its exact 95 % interval (`rate_ratio`, `rate_ratio_lower`, ' +
      '`rate_ratio_upper`; empty for other units, without a baseline, or for a score published before methodology 2026.3).',
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
