import { Router, type RequestHandler, type Response } from 'express';
import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import { loginSchema, normaliseUsername, type LoginInput } from '@cpea/shared/user';
import type { Config } from '../config';
import type { UseCases } from '../services/use-cases';
import { DomainError } from '../domain-error';
import { clearSessionCookie, requireRole, setSessionCookie } from '../http/auth';
import { BoundedMemoryStore } from '../http/bounded-rate-limit-store';
import { parse } from '../http/parse';
import { FAILED_SIGN_IN_AUDIT, failedSignInBudget, type FailedSignInBudget } from '../services/failed-sign-ins';

const WINDOW_MS = 15 * 60_000;
/** Tries per username from one address in a window: slows guessing one password to a crawl. */
export const TRIES_PER_NAME = 10;
/** Failed tries from one address in a window, whatever the usernames: slows guessing across accounts. */
export const FAILURES_PER_ADDRESS = 50;
/** Counters each limiter keeps at most: a few megabytes, whatever arrives. */
export const LIMITER_MAX_KEYS = 10_000;

/** What the sign-in remembers between requests; tests pass their own to look inside. */
export interface SignInGuard {
  byAddress: BoundedMemoryStore;
  byName: BoundedMemoryStore;
  failedSignIns: FailedSignInBudget;
}

export function signInGuard(auditLimits = FAILED_SIGN_IN_AUDIT): SignInGuard {
  return {
    byAddress: new BoundedMemoryStore(LIMITER_MAX_KEYS),
    byName: new BoundedMemoryStore(LIMITER_MAX_KEYS),
    failedSignIns: failedSignInBudget(auditLimits),
  };
}

const validated = (res: Response): LoginInput => res.locals.signIn;

const limiter = (options: Pick<Options, 'store' | 'limit' | 'keyGenerator'> & Partial<Options>) =>
  rateLimit({
    windowMs: WINDOW_MS,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new DomainError('rate_limited', 'Too many sign-in attempts; wait fifteen minutes and try again')),
    ...options,
  });

export function authRouter(useCases: UseCases, config: Config, guard: SignInGuard = signInGuard()) {
  const router = Router();
  // The body is checked before anything remembers it, so the limiters key on a valid
  // username, normalised as the lookup matches it: spaces or case do not make a new key.
  const validSignIn: RequestHandler = (req, res, next) => {
    res.locals.signIn = parse(loginSchema, req.body, 'The sign-in');
    next();
  };
  const limitByAddress = limiter({
    store: guard.byAddress,
    limit: FAILURES_PER_ADDRESS,
    skipSuccessfulRequests: true,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
  });
  const limitByName = limiter({
    store: guard.byName,
    limit: TRIES_PER_NAME,
    keyGenerator: (req, res) => `${ipKeyGenerator(req.ip ?? '')}|${normaliseUsername(validated(res).username)}`,
  });

  router.post('/login', validSignIn, limitByAddress, limitByName, async (req, res) => {
    const { username, password } = validated(res);
    const { user, token } = await useCases.logIn(
      { username, password, address: req.ip ?? '' },
      { scryptN: config.scryptN, failedSignIns: guard.failedSignIns },
    );
    setSessionCookie(res, token, config.secureCookies);
    res.json(user);
  });
  router.post('/logout', (req, res) => {
    if (req.sessionToken) useCases.logOut(req.sessionToken);
    clearSessionCookie(res, config.secureCookies);
    res.status(204).end();
  });
  router.get('/me', requireRole('viewer'), (req, res) => {
    res.json(req.user);
  });
  return router;
}
