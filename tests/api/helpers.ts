import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import type { MissionInput } from '../../shared/src/mission';

/** A fresh app on a freshly migrated in-memory database: real SQL, real middleware. */
export function testApp() {
  const db = openDatabase(':memory:');
  migrate(db);
  const app = createApp({ db, config: testConfig, logger: pino({ level: 'silent' }) });
  return { app, db, http: request(app) };
}

export const sampleMission: MissionInput = {
  name: 'United Nations Test Mission',
  acronym: 'UNTM',
  country: 'CAF',
  missionType: 'peacekeeping',
  leadOrganisation: 'UN',
  setting: 'mixed',
  startDate: '2020-01-01',
};

export function expectErrorShape(body: unknown) {
  const b = body as { error?: { code?: unknown; message?: unknown; issues?: unknown } };
  if (typeof b?.error?.code !== 'string' || typeof b.error.message !== 'string' || !Array.isArray(b.error.issues)) {
    throw new Error(`Not the error shape: ${JSON.stringify(body)}`);
  }
}
