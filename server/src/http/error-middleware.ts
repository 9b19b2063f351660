import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { issuesFromZod, type ErrorBody } from '@cpea/shared/api-error';
import { AppError } from './app-error';

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', 404, `No route for ${req.method} ${req.path}`));
};

function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return new AppError('bad_request', 400, 'The request is not valid', issuesFromZod(err));
  // Errors raised by body parsers carry an HTTP status and a type.
  const e = err as { status?: number; type?: string; message?: string };
  if (e?.type === 'entity.too.large') return new AppError('payload_too_large', 413, 'The request body is too large');
  if (e?.type === 'entity.parse.failed') return new AppError('bad_request', 400, 'The request body is not valid JSON');
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return new AppError('bad_request', 400, 'The request body encoding is not supported');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError('bad_request', 400, e.message ?? 'Bad request');
  }
  return null;
}

/** The one place errors become responses: `{error: {code, message, issues}}`, never a stack. */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const known = toAppError(err);
  const appError = known ?? new AppError('internal', 500, `Internal error (request ${String(req.id ?? '')})`);
  if (!known) req.log?.error({ err }, 'unhandled error');
  const body: ErrorBody & { error: Record<string, unknown> } = {
    error: { code: appError.code, message: appError.message, issues: appError.issues, ...appError.details },
  };
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(appError.status).json(body);
};
