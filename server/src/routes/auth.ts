import { ipKeyGenerator, rateLimit, type Options } from 'express-rate-limit';
import { authEndpoints } from '@cpea/shared/api/auth';
import { normaliseUsername } from '@cpea/shared/user';
import type { Config } from '../config';
import type { UseCases } from '../services/use-cases';
import { DomainError } from '../domain-error';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../http/auth';
import { BoundedMemoryStore } from '../http/bounded-rate-limit-store';
import { callOf, type Handlers } from '../http/mount';
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

const limiter = (options: Pick<Options, 'store' | 'limit' | 'keyGenerator'> & Partial<Options>) =>
  rateLimit({
    windowMs: WINDOW_MS,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(new DomainError('rate_limited', 'Too many sign-in attempts; wait fifteen minutes and try again')),
    ...options,
  });

export function authHandlers(
  useCases: UseCases,
  config: Config,
  guard: SignInGuard = signInGuard(),
): Handlers<typeof authEndpoints> {
  // The body is parsed before the limiters remember anything, so they key on a valid
  // username, normalised as the lookup matches it: spaces or case do not make a new key.
  const limitByAddress = limiter({
    store: guard.byAddress,
    limit: FAILURES_PER_ADDRESS,
    skipSuccessfulRequests: true,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
  });
  const limitByName = limiter({
    store: guard.byName,
    limit: TRIES_PER_NAME,
    keyGenerator: (req, res) =>
      `${ipKeyGenerator(req.ip ?? '')}|${normaliseUsername(callOf(authEndpoints.logIn, res).body.username)}`,
  });

  return {
    logIn: {
      before: [limitByAddress, limitByName],
      handle: async ({ body: { username, password }, req, res }) => {
        const { user, token } = await useCases.logIn(
          { username, password, address: req.ip ?? '' },
          { scryptN: config.scryptN, failedSignIns: guard.failedSignIns },
        );
        setSessionCookie(res, token, config.secureCookies);
        return user;
      },
    },
    logOut: ({ req, res }) => {
      const token = sessionTokenOf(req);
      if (token) useCases.logOut(token);
      clearSessionCookie(res, config.secureCookies);
    },
    getMe: ({ res }) => res.locals.user!,
  };
}
