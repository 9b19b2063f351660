import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { User } from '@cpea/shared/user';

/**
 * What the API knows of a request, kept in `res.locals` rather than on the request: Express
 * gives every request its own prototype, and each property added to one then costs several
 * times what the same property costs in `res.locals`.
 */
declare module 'express-serve-static-core' {
  interface Locals {
    requestId: string;
    /** The signed-in user, if any (http/auth.ts). */
    user?: User;
  }
}

/**
 * Gives every request an id (echoed in X-Request-Id) and logs a line when it is answered. No
 * child logger per request: making one costs more than the line itself.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, url: req.originalUrl, status: res.statusCode, ms }, 'request');
    });
    next();
  };
}
