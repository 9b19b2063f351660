import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { onTestFinished } from 'vitest';
import type { Role } from '../../shared/src/user';
import type { MissionInput } from '../../shared/src/mission';
import { createApp } from '../../server/src/app';
import { createHttpServer } from '../../server/src/http-server';
import { testConfig } from '../../server/src/config';
import { openDatabase, type Db } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import { createStore } from '../../server/src/db/store';
import { createUser } from '../../server/src/services/users';

export const TEST_PASSWORD = 'correct horse battery';

// Migrated once per test file, then copied for each app: every test starts from the real schema.
const MIGRATED = (() => {
  const db = openDatabase(':memory:');
  migrate(db);
  return db.serialize();
})();

/**
 * The migrated database in a file of its own, closed and removed when the test ends: for what
 * needs a second connection to it, as an import's commit does.
 */
export function migratedFile(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-test-'));
  const file = path.join(dir, 'cpea.sqlite');
  fs.writeFileSync(file, MIGRATED);
  const db = openDatabase(file);
  onTestFinished(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

/**
 * A fresh app on a freshly migrated in-memory database, or on `db`: real SQL, real middleware,
 * real sessions. `http` is signed in as an admin; `signIn(role)` gives an agent for another role.
 */
export async function testApp(db: Db = openDatabase(MIGRATED)) {
  const store = createStore(db);
  const app = createHttpServer(createApp({ db, config: testConfig, logger: pino({ level: 'silent' }) }));

  const signIn = async (role: Role) => {
    const username = `${role}-${Math.random().toString(36).slice(2, 8)}`;
    await createUser(
      store,
      { userId: null },
      { username, displayName: `Test ${role}`, role, password: TEST_PASSWORD },
      testConfig,
    );
    const agent = request.agent(app);
    const res = await agent.post('/api/auth/login').send({ username, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`Sign-in failed: ${JSON.stringify(res.body)}`);
    return agent;
  };

  const http = await signIn('admin');
  return { app, db, store, http, signIn, anonymous: request(app) };
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
