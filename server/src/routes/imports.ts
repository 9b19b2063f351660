import express, { type Request, type Response } from 'express';
import type { importEndpoints } from '@cpea/shared/api/imports';
import { IMPORT_MAX_BYTES, type ImportResult } from '@cpea/shared/imports';
import type { UseCases } from '../services/use-cases';
import { DomainError } from '../domain-error';
import { SENT, type Handlers } from '../http/mount';

// Only text/csv: a page on another origin can send text/plain or a form without the browser
// asking the server first, but not text/csv.
const CSV_TYPE = 'text/csv';

/** The body as bytes: decoding is the importer's job, so it can say where the bytes go wrong. */
const csvBody = express.raw({ type: CSV_TYPE, limit: IMPORT_MAX_BYTES });

function csvBytes(req: Request): Buffer {
  if (Buffer.isBuffer(req.body)) return req.body;
  // body-parser leaves a request without a body alone; for a CSV that is an empty file.
  if (req.is(CSV_TYPE)) return Buffer.alloc(0);
  throw new DomainError('unsupported_media_type', 'Send the file as text/csv', [
    { path: 'body', message: `Expected Content-Type text/csv, not ${req.get('content-type') ?? 'none'}` },
  ]);
}

/**
 * 200 with the result, or 422 when rows are wrong and nothing was written. The 422 carries the
 * usual error object too, so every client reads a failure the same way.
 */
function sendResult(res: Response, result: ImportResult, dryRun: boolean): typeof SENT {
  if (result.errors.length === 0 || dryRun) {
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
    importAssessmentsCsv: {
      before: [csvBody],
      handle: async ({ actor, query: { dryRun }, req, res }) =>
        sendResult(res, await useCases.importAssessmentsCsv(actor, csvBytes(req), { dryRun }), dryRun),
    },
    importUcdpGed: {
      before: [csvBody],
      handle: async ({ actor, query, req, res }) =>
        sendResult(res, await useCases.importUcdpGed(actor, csvBytes(req), query), query.dryRun),
    },
  };
}
