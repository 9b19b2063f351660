import type { Request, RequestHandler, Response } from 'express';
import { hasRole, type Role } from '@cpea/shared/user';
import type { UseCases } from '../services/use-cases';
import { SESSION_HOURS } from '../services/users';
import { DomainError } from '../domain-error';

export const SESSION_COOKIE = 'cpea_session';

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** The session token the request's cookie carries, if any. */
export function sessionTokenOf(req: Request): string | undefined {
  return readCookie(req, SESSION_COOKIE);
}

/** Attaches the signed-in user, if any; routes decide whether one is needed. */
export function authenticate({ userForToken }: Pick<UseCases, 'userForToken'>): RequestHandler {
  return (req, res, next) => {
    const token = sessionTokenOf(req);
    const user = token && userForToken(token);
    if (user) res.locals.user = user;
    next();
  };
}

/** viewer reads; analyst also enters and submits; admin also approves and manages. */
export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    const { user } = res.locals;
    if (!user) return next(new DomainError('unauthenticated', 'Sign in first'));
    if (!hasRole(user.role, role)) {
      return next(new DomainError('forbidden', `This needs the ${role} role; you are ${user.role}`));
    }
    next();
  };
}

export function setSessionCookie(res: Response, token: string, secure: boolean) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge: SESSION_HOURS * 3600_000,
  });
}

export function clearSessionCookie(res: Response, secure: boolean) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
