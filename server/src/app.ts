import compression from 'compression';
import express, { type RequestHandler } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { createLogger } from './logger';
import type { Config } from './config';
import type { Db } from './db/connection';
import { createStore } from './db/store';
import { useCasesOver, type UseCases } from './services/use-cases';
import { errorMiddleware } from './http/error-middleware';
import { requestContext } from './http/request-context';
import { apiSecurityHeaders, securityHeaders } from './http/security-headers';
import { clientAssets } from './http/client-assets';
import { jsonBodies } from './http/json-body';
import { sameOriginChanges } from './http/same-origin';
import { writesWaitForImports } from './http/write-gate';
import { API } from '@cpea/shared/api/registry';
import { apiRoutes, type Handlers } from './http/mount';
import { assessmentHandlers } from './routes/assessments';
import { metaHandlers } from './routes/meta';
import { authHandlers, signInGuard, type SignInGuard } from './routes/auth';
import { userHandlers } from './routes/users';
import { auditHandlers } from './routes/audit';
import { authenticate } from './http/auth';
import { missionHandlers } from './routes/missions';
import { indicatorHandlers } from './routes/indicators';
import { exportHandlers } from './routes/exports';
import { importHandlers } from './routes/imports';
import { reportHandlers } from './routes/reports';
import { reportingHandlers } from './routes/reporting';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');

export interface AppDeps {
  db: Db;
  config: Config;
  logger?: Logger;
  /** The sign-in's rate limits and failure budget; a fresh one unless a test brings its own. */
  signInGuard?: SignInGuard;
  /** The built client it serves, if built; a test may bring its own. */
  clientDist?: string;
}

/** A handler for every endpoint the registry declares; they hold the use cases, never the store. */
function apiHandlers(useCases: UseCases, config: Config, guard: SignInGuard): Handlers<typeof API> {
  return {
    ...metaHandlers(),
    ...authHandlers(useCases, config, guard),
    ...missionHandlers(useCases),
    ...indicatorHandlers(useCases),
    ...assessmentHandlers(useCases),
    ...reportHandlers(useCases),
    ...reportingHandlers(useCases, config),
    ...exportHandlers(useCases),
    ...importHandlers(useCases),
    ...auditHandlers(useCases),
    ...userHandlers(useCases, config),
  };
}

/**
 * JSON and CSV answers over 1 KB travel compressed: field offices are on slow links.
 * compression wraps every response it sees, at a cost larger than a cached answer's (measured
 * by profiling), and only ever compresses for a client that sends Accept-Encoding: the others
 * pass it by, with the Vary a shared cache needs.
 */
function compressedWhenAsked(): RequestHandler {
  const compress = compression({ threshold: 1024 });
  return (req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.setHeader('Vary', 'Accept-Encoding');
    next();
  };
}

/** Builds the whole app without listening, so tests can drive it in process. */
export function createApp({
  db,
  config,
  logger = createLogger(config.logLevel),
  signInGuard: guard,
  clientDist = CLIENT_DIST,
}: AppDeps) {
  const store = createStore(db);
  const useCases = useCasesOver(store);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(logger));
  app.use(
    apiRoutes(API, apiHandlers(useCases, config, guard ?? signInGuard()), [
      apiSecurityHeaders,
      // Before any body is read: a change from another origin is refused whatever it carries.
      sameOriginChanges(config.publicOrigin),
      compressedWhenAsked(),
      jsonBodies(),
      authenticate(useCases),
      writesWaitForImports(() => store.writeGate.whenFree()),
    ]),
  );

  // The app's pages and files; API answers carry their own set.
  app.use(
    securityHeaders({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );

  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    const client = clientAssets(clientDist);
    app.use(client.files);
    // Client-side routes all load the same page.
    app.get(/^\/(?!api\/).*/, client.page);
  }
  app.use(errorMiddleware(logger));
  return app;
}
