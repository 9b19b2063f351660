import type { z } from 'zod';
import { assessmentsImportQuerySchema, importResultSchema, ucdpGedImportQuerySchema } from '../imports';
import { endpoints, ok, type EndpointSpec } from './endpoint';

const IMPORT_DESCRIPTION =
  'All-or-nothing: with any row error nothing is written and the answer is 422, listing every error. ' +
  'With `dryRun=1` nothing is written either, and the answer is 200 with what would happen, errors included. ' +
  'A file of more than 100,000 rows is refused with 413; an assessment written by someone else while the file was ' +
  'being imported makes it 409, with nothing written.';

/** An importer: the same answer and errors, whatever the file it reads. */
const importer = <P extends `/api/import/${string}`, Q extends z.ZodType>(
  path: P,
  summary: string,
  file: string,
  query: Q,
  description = IMPORT_DESCRIPTION,
) =>
  ({
    method: 'post',
    path,
    summary,
    description,
    role: 'analyst',
    query,
    body: { csv: file },
    answer: ok(importResultSchema, 'What was imported, or what would be on a dry run'),
    errors: [409, 415, 422],
  }) as const satisfies EndpointSpec;

export const importEndpoints = endpoints('import', {
  importAssessmentsCsv: importer(
    '/api/import/assessments',
    'Import assessments from a CSV in the wide export format',
    'The wide export format of `GET /api/export/assessments.csv`, UTF-8',
    assessmentsImportQuerySchema,
    `${IMPORT_DESCRIPTION} With \`validRowsOnly=1\` the valid rows are imported and the others left out: the answer is 200, ` +
      'lists their errors and gives them back in `rejected.csv`, the rows as the file had them with a last column, `reason`. ' +
      'A fault in the file as a whole (its header, CSV that cannot be read, more than 1,000 errors) still refuses everything with 422.',
  ),
  importUcdpGed: importer(
    '/api/import/ucdp-ged',
    'Import violence indicators from a UCDP GED event CSV',
    'UCDP GED events, as the GED CSV download has them',
    ucdpGedImportQuerySchema,
  ),
});
