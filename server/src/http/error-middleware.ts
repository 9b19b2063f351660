import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { issuesFromZod, type ErrorBody, type ErrorCode } from '@cpea/shared/api-error';
import { DomainError, invalid, type DomainErrorKind } from '../domain-error';

/** How each kind of domain error is answered: the status and the code the client reads. */
const ANSWERS: Record<DomainErrorKind, { status: number; code: ErrorCode }> = {
  invalid: { status: 400, code: 'bad_request' },
  unauthenticated: { status: 401, code: 'unauthenticated' },
  forbidden: { status: 403, code: 'forbidden' },
  not_found: { status: 404, code: 'not_found' },
  conflict: { status: 409, code: 'conflict' },
  too_large: { status: 413, code: 'payload_too_large' },
  unsupported_media_type: { status: 415, code: 'unsupported_media_type' },
  rate_limited: { status: 429, code: 'rate_limited' },
  unprocessable: { status: 422, code: 'unprocessable' },
  unreadable: { status: 500, code: 'internal' },
};

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new DomainError('not_found', `No route for ${req.method} ${req.path}`));
};

function toDomainError(err: unknown): DomainError | null {
  if (err instanceof DomainError) return err;
  if (err instanceof ZodError) return invalid('The request is not valid', issuesFromZod(err));
  // Errors raised by body parsers carry an HTTP status and a type.
  const e = err as { status?: number; type?: string; message?: string };
  if (e?.type === 'entity.too.large') return new DomainError('too_large', 'The request body is too large');
  if (e?.type === 'entity.parse.failed') return invalid('The request body is not valid JSON');
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return invalid('The request body encoding is not supported');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) return invalid(e.message ?? 'Bad request');
  return null;
}

/**
 * The one place errors become responses: `{error: {code, message, issues}}`, never a stack;
 * an error that is not the client's is logged with the request's id.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const known = toDomainError(err);
    if (!known) logger.error({ requestId: res.locals.requestId, err }, 'unhandled error');
    const { status, code } = known ? ANSWERS[known.kind] : { status: 500, code: 'internal' };
    const body: ErrorBody & { error: Record<string, unknown> } = {
      error: {
        code,
        message: known?.message ?? `Internal error (request ${res.locals.requestId})`,
        issues: known?.issues ?? [],
        ...known?.details,
      },
    };
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(status).json(body);
  };
}
