import type { ErrorIssue } from '@cpea/shared/api-error';

/** What went wrong, in the terms of the use case; the error middleware decides how it is answered. */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  /** A well-formed request the data cannot answer, such as a model with too few periods to fit. */
  | 'unprocessable'
  /** Stored data this version cannot read: no fault of the request, and not to be hidden behind a request id. */
  | 'unreadable';

/** An error a client caused or must hear about; any layer may raise it. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly issues: ErrorIssue[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);

export const invalid = (message: string, issues: ErrorIssue[] = []) => new DomainError('invalid', message, issues);

export const conflict = (message: string, issues: ErrorIssue[] = [], details?: Record<string, unknown>) =>
  new DomainError('conflict', message, issues, details);

export const unprocessable = (message: string, issues: ErrorIssue[] = []) =>
  new DomainError('unprocessable', message, issues);
