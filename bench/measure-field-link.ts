import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { openDatabase } from '../server/src/db/connection';
import { migrate } from '../server/src/db/migrate';
import { createStore } from '../server/src/db/store';
import { loadConfig } from '../server/src/config';
import { SYSTEM } from '../server/src/services/actor';
import { seedDemoPortfolio } from '../server/src/services/demo-seed';
import { PUBLISHED_AT_MIGRATION, publishUnpublishedScores } from '../server/src/services/published-scores';
import { createUser } from '../server/src/services/users';
import { BENCH_ADMIN } from './generate';
import type { RunningServer } from './server-process';

/** A shared VSAT link as a field office has it: 1 Mbit/s down, 256 kbit/s up, 600 ms round trip. */
export const FIELD_LINK = { downKbit: 1_000, upKbit: 256, roundTripMs: 600 };

export interface PageLoad {
  /** From navigation to the screen's first content (a chart, or the overview's mission list). */
  ms: number;
  /** Bytes on the wire, compressed as sent, headers included. */
  bytes: number;
  requests: number;
  apiRequests: number;
}

export interface FieldLinkScreen {
  name: string;
  cold: PageLoad;
  warm: PageLoad;
}

export type FieldLinkFigures = FieldLinkScreen[];

/** The demo portfolio in a migrated database file, with the benchmark's admin. */
export async function demoPortfolio(file: string): Promise<void> {
  const db = openDatabase(file);
  migrate(db);
  const store = createStore(db);
  await createUser(store, SYSTEM, { ...BENCH_ADMIN, displayName: 'Benchmark admin', role: 'admin' }, loadConfig());
  seedDemoPortfolio(store);
  publishUnpublishedScores(store, SYSTEM, PUBLISHED_AT_MIGRATION);
  db.close();
}

async function timedLoad(context: BrowserContext, url: string, ready: (page: Page) => Locator): Promise<PageLoad> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: FIELD_LINK.roundTripMs,
    downloadThroughput: (FIELD_LINK.downKbit * 1000) / 8,
    uploadThroughput: (FIELD_LINK.upKbit * 1000) / 8,
  });
  const load: PageLoad = { ms: 0, bytes: 0, requests: 0, apiRequests: 0 };
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    load.requests++;
    if (new URL(request.url).pathname.startsWith('/api/')) load.apiRequests++;
  });
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
    load.bytes += encodedDataLength;
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page).waitFor({ state: 'visible', timeout: 120_000 });
  load.ms = performance.now() - started;
  await page.close();
  return load;
}

/**
 * Each screen loaded cold (a new browser profile: nothing cached) and then warm (the same
 * profile again, its assets cached), in Chromium with the network emulated as a field link.
 */
export async function measureFieldLink(server: RunningServer): Promise<FieldLinkFigures> {
  const missions = (await (
    await fetch(`${server.url}/api/missions`, { headers: { cookie: server.cookie } })
  ).json()) as {
    id: number;
    acronym: string;
  }[];
  const minusca = missions.find((mission) => mission.acronym === 'MINUSCA');
  if (!minusca) throw new Error('The demo portfolio has no MINUSCA');
  const firstChart = (page: Page) => page.getByRole('main').getByRole('img').first();
  const screens = [
    { name: 'Overview', path: '/', ready: (page: Page) => page.getByRole('link', { name: /MINUSCA/ }).first() },
    { name: 'MINUSCA mission page', path: `/missions/${minusca.id}`, ready: firstChart },
    {
      name: `Comparison of ${missions.length} missions`,
      path: `/compare?missions=${missions.map((mission) => mission.id).join(',')}`,
      ready: firstChart,
    },
  ];

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
  try {
    const [name, value] = server.cookie.split('=');
    const results: FieldLinkFigures = [];
    for (const screen of screens) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addCookies([{ name, value, url: server.url }]);
      const url = `${server.url}${screen.path}`;
      const cold = await timedLoad(context, url, screen.ready);
      const warm = await timedLoad(context, url, screen.ready);
      results.push({ name: screen.name, cold, warm });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
