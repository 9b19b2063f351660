import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    /** The app's logger: a line about the request names its id as `requestId`, first. */
    log: Logger;
  }
}

/**
 * Gives every request an id (echoed in X-Request-Id) and the logger, and logs a line when it
 * is answered. No child logger per request: making one costs more than the line itself.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = randomUUID();
    req.id = requestId;
    req.log = logger;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, url: req.originalUrl, status: res.statusCode, ms }, 'request');
    });
    next();
  };
}
