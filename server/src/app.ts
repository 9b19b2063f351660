import compression from 'compression';
import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { createLogger } from './logger';
import type { Config } from './config';
import type { Db } from './db/connection';
import { createStore } from './db/store';
import { useCasesOver, type UseCases } from './services/use-cases';
import { errorMiddleware, apiNotFound } from './http/error-middleware';
import { requestContext } from './http/request-context';
import { securityHeaders } from './http/security-headers';
import { clientAssets } from './http/client-assets';
import { API_BODY, SIGN_IN_BODY, jsonBody } from './http/json-body';
import { sameOriginChanges } from './http/same-origin';
import { writesWaitForImports } from './http/write-gate';
import { API } from '@cpea/shared/api/registry';
import { mountAll, type Handlers } from './http/mount';
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

/** Builds the whole app without listening, so tests can drive it in process. */
export function createApp({ db, config, logger = createLogger(config.logLevel), signInGuard: guard }: AppDeps) {
  const store = createStore(db);
  const useCases = useCasesOver(store);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(logger));
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

  // Before any body is read: a change from another origin is refused whatever it carries.
  app.use('/api', sameOriginChanges(config.publicOrigin));

  const api = express.Router();
  // JSON and CSV answers over 1 KB travel compressed: field offices are on slow links. compression
  // wraps every response it sees, at a cost larger than a cached answer's (measured by
  // profiling), and only ever compresses for a client that sends Accept-Encoding: the others
  // pass it by, with the Vary a shared cache needs.
  const compress = compression({ threshold: 1024 });
  api.use((req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.vary('Accept-Encoding');
    next();
  });
  // The first parser to read a body wins: sign-in bodies are two short strings.
  api.use('/auth', jsonBody(SIGN_IN_BODY));
  api.use(jsonBody(API_BODY));
  api.use(authenticate(useCases));
  api.use(writesWaitForImports(() => store.writeGate.whenFree()));
  mountAll(api, API, apiHandlers(useCases, config, guard ?? signInGuard()));
  api.use(apiNotFound);
  app.use('/api', api);

  if (fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    const client = clientAssets(CLIENT_DIST);
    app.use(client.files);
    // Client-side routes all load the same page.
    app.get(/^\/(?!api\/).*/, client.page);
  }
  app.use(errorMiddleware);
  return app;
}
