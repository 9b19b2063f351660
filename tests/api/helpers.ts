import pino from 'pino';
import request from 'supertest';
import type { Role } from '../../shared/src/user';
import type { MissionInput } from '../../shared/src/mission';
import { createApp } from '../../server/src/app';
import { createHttpServer } from '../../server/src/http-server';
import { testConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/connection';
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
 * A fresh app on a freshly migrated in-memory database: real SQL, real middleware, real
 * sessions. `http` is signed in as an admin; `signIn(role)` gives an agent for another role.
 */
export async function testApp() {
  const db = openDatabase(MIGRATED);
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
