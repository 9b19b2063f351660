import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers for `options`, worked out once and then set on every response as they are.
 * Helmet would compute them again for every request, through a dozen middleware; with fixed
 * options (no per-request nonce) they never change, so helmet runs once, on a recorder.
 */
export function securityHeaders(options: HelmetOptions): RequestHandler {
  const headers = new Map<string, string | string[]>();
  const recorder = {
    setHeader(name: string, value: string | string[]) {
      headers.set(name, value);
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return (_req, res, next) => {
    res.setHeaders(headers);
    next();
  };
}
