import { createApp } from './app';
import { createLogger } from './logger';
import { createHttpServer } from './http-server';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/connection';
import { migrate } from './db/migrate';
import { createStore } from './db/store';
import { seedDemoPortfolio } from './services/demo-seed';
import { SYSTEM } from './services/actor';
import { PUBLISHED_AT_MIGRATION, publishUnpublishedScores } from './services/published-scores';
import { ensureAdmin } from './services/users';

async function start() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = openDatabase(config.dbPath);
  const { applied } = migrate(db);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const store = createStore(db);
  const generated = await ensureAdmin(store, config);
  if (generated) {
    // Printed once, on the first start only; the hash is all that is stored.
    console.log(`\nFirst start: created user "admin" with password: ${generated}\nChange it under Admin → Users.\n`);
  }
  if (config.seedDemo && store.missions.count() === 0) {
    const seeded = seedDemoPortfolio(store);
    logger.info(seeded, 'demo portfolio seeded (illustrative data, MINUSCA counts from UCDP GED 23.1)');
  }

  const published = publishUnpublishedScores(store, SYSTEM, PUBLISHED_AT_MIGRATION);
  if (published > 0) logger.info({ published }, 'scores of approved assessments published at migration');

  const app = createApp({ db, config, logger });
  const server = createHttpServer(app).listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    logger.info(`CPEA listening on http://${host}:${port}`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    server.close(() => {
      db.close();
      logger.info('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.error('requests still open after 10 s; closing anyway');
      db.close();
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

start().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
