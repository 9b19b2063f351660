import type { Response } from 'express';
import type { importEndpoints } from '@cpea/shared/api/imports';
import type { ImportResult } from '@cpea/shared/imports';
import type { UseCases } from '../services/use-cases';
import { csvUpload } from '../http/csv-upload';
import { SENT, type Handlers } from '../http/mount';

/**
 * 200 with the result, or 422 when rows are wrong and nothing was written. The 422 carries the
 * usual error object too, so every client reads a failure the same way.
 */
function sendResult(res: Response, result: ImportResult, dryRun: boolean): typeof SENT {
  if (result.errors.length === 0 || dryRun || result.rejected) {
    res.json(result);
    return SENT;
  }
  const count = result.errors.length;
  res.status(422).json({
    ...result,
    error: {
      code: 'unprocessable',
      message: `${count === 1 ? 'One problem' : `${count} problems`} in the file; nothing was imported`,
      issues: result.errors.map((e) => ({
        path: [e.row == null ? null : `row ${e.row}`, e.column].filter((part) => part != null).join('.'),
        message: e.message,
      })),
    },
  });
  return SENT;
}

export function importHandlers(useCases: UseCases): Handlers<typeof importEndpoints> {
  return {
    importAssessmentsCsv: async ({ actor, query, req, res }) =>
      sendResult(res, await useCases.importAssessmentsCsv(actor, csvUpload(req), query), query.dryRun),
    importUcdpGed: async ({ actor, query, req, res }) =>
      sendResult(res, await useCases.importUcdpGed(actor, csvUpload(req), query), query.dryRun),
  };
}
