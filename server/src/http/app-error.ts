import type { ErrorCode, ErrorIssue } from '@cpea/shared/api-error';

/** An error a client caused or must hear about; rendered by the one error middleware. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    readonly issues: ErrorIssue[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('not_found', 404, `${what} not found`);

export const badRequest = (message: string, issues: ErrorIssue[] = []) =>
  new AppError('bad_request', 400, message, issues);

export const conflict = (message: string, issues: ErrorIssue[] = [], details?: Record<string, unknown>) =>
  new AppError('conflict', 409, message, issues, details);
