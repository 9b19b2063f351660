import express from 'express';
import helmet from 'helmet';
import fs from 'node:fs';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { Config } from './config';
import type { Db } from './db/connection';
import { createStore } from './db/store';
import { errorMiddleware, apiNotFound } from './http/error-middleware';
import { requestContext } from './http/request-context';
import { assessmentsRouter } from './routes/assessments';
import { metaRouter } from './routes/meta';
import { authRouter } from './routes/auth';
import { usersRouter } from './routes/users';
import { auditRouter } from './routes/audit';
import { authenticate } from './http/auth';
import { missionsRouter } from './routes/missions';
import { exportsRouter } from './routes/exports';
import { importsRouter } from './routes/imports';
import { reportsRouter } from './routes/reports';

export const CLIENT_DIST = path.resolve(import.meta.dirname, '../../client/dist');

export interface AppDeps {
  db: Db;
  config: Config;
  logger?: Logger;
}

/** Builds the whole app without listening, so tests can drive it in process. */
export function createApp({ db, config, logger = pino({ level: config.logLevel }) }: AppDeps) {
  const store = createStore(db);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(logger));
  app.use(
    helmet({
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

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(authenticate(store));
  api.use(metaRouter());
  api.use('/auth', authRouter(store, config));
  api.use('/users', usersRouter(store));
  api.use('/audit', auditRouter(store));
  api.use('/missions', missionsRouter(store));
  api.use('/assessments', assessmentsRouter(store));
  api.use('/reports', reportsRouter(store));
  api.use('/export', exportsRouter(store));
  api.use('/import', importsRouter(store));
  api.use(apiNotFound);
  app.use('/api', api);

  if (fs.existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    // Client-side routes all load the same page.
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      res.sendFile(path.join(CLIENT_DIST, 'index.html'), { maxAge: 0 });
    });
  }
  app.use(errorMiddleware);
  return app;
}
