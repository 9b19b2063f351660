import { importQuerySchema, importResultSchema } from '../imports';
import { endpoints, ok } from './endpoint';

const IMPORT_DESCRIPTION =
  'All-or-nothing: with any row error nothing is written and the answer is 422, listing every error. ' +
  'With `dryRun=1` nothing is written either, and the answer is 200 with what would happen, errors included. ' +
  'A file of more than 100,000 rows is refused with 413; an assessment written by someone else while the file was ' +
  'being imported makes it 409, with nothing written.';

const IMPORTED = ok(importResultSchema, 'What was imported, or what would be on a dry run');

export const importEndpoints = endpoints('import', {
  importAssessmentsCsv: {
    method: 'post',
    path: '/api/import/assessments',
    summary: 'Import assessments from a CSV in the wide export format',
    description: IMPORT_DESCRIPTION,
    role: 'analyst',
    query: importQuerySchema,
    body: { csv: 'The wide export format of `GET /api/export/assessments.csv`, UTF-8' },
    answer: IMPORTED,
    errors: [409, 415, 422],
  },
  importUcdpGed: {
    method: 'post',
    path: '/api/import/ucdp-ged',
    summary: 'Import violence indicators from a UCDP GED event CSV',
    description: IMPORT_DESCRIPTION,
    role: 'analyst',
    query: importQuerySchema,
    body: { csv: 'UCDP GED events, as the GED CSV download has them' },
    answer: IMPORTED,
    errors: [409, 415, 422],
  },
});
