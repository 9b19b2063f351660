import { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { loginSchema } from '@cpea/shared/user';
import type { Config } from '../config';
import type { Store } from '../db/store';
import { AppError } from '../http/app-error';
import { clearSessionCookie, requireRole, setSessionCookie } from '../http/auth';
import { parse } from '../http/parse';
import { logIn, logOut } from '../services/users';

export function authRouter(store: Store, config: Config) {
  const router = Router();
  // Ten tries per username and address in fifteen minutes slows password guessing to a crawl.
  const loginLimit = rateLimit({
    windowMs: 15 * 60_000,
    limit: 10,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${String(req.body?.username ?? '').toLowerCase()}`,
    handler: (_req, _res, next) =>
      next(new AppError('rate_limited', 429, 'Too many sign-in attempts; wait fifteen minutes and try again')),
  });

  router.post('/login', loginLimit, async (req, res) => {
    const { username, password } = parse(loginSchema, req.body, 'The sign-in');
    const { user, token } = await logIn(store, username, password);
    setSessionCookie(res, token, config.secureCookies);
    res.json(user);
  });
  router.post('/logout', (req, res) => {
    if (req.sessionToken) logOut(store, req.sessionToken);
    clearSessionCookie(res, config.secureCookies);
    res.status(204).end();
  });
  router.get('/me', requireRole('viewer'), (req, res) => {
    res.json(req.user);
  });
  return router;
}
