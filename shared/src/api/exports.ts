import { exportQuerySchema } from '../imports';
import { csvFile, endpoints } from './endpoint';

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
});
