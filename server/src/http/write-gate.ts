import type { RequestHandler } from 'express';

/**
 * Holds a request that may write, any but GET and HEAD, while an import commits, so that it
 * reaches its handler when it can write at once (db/write-gate.ts). Mounted last before the
 * routes: a handler that awaits anything before writing awaits the gate again.
 */
export function writesWaitForImports(whenFree: () => Promise<void>): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    whenFree().then(() => next(), next);
  };
}
