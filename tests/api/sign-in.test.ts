import fc from 'fast-check';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import { createStore } from '../../server/src/db/store';
import { createHttpServer } from '../../server/src/http-server';
import { FAILURES_PER_ADDRESS, TRIES_PER_NAME, signInGuard } from '../../server/src/routes/auth';
import type { FailedSignInAuditLimits } from '../../server/src/services/failed-sign-ins';
import { createUser } from '../../server/src/services/users';
import { TEST_PASSWORD, expectErrorShape, sampleMission, testApp } from './helpers';

/** An app whose sign-in guard the test holds, with one user, analyst2, and nobody signed in. */
async function guardedApp(auditLimits?: FailedSignInAuditLimits) {
  const db = openDatabase(':memory:');
  migrate(db);
  const store = createStore(db);
  const guard = signInGuard(auditLimits);
  const app = createApp({ db, config: testConfig, logger: pino({ level: 'silent' }), signInGuard: guard });
  const analyst = await createUser(
    store,
    { userId: null },
    { username: 'analyst2', displayName: 'Analyst Two', role: 'analyst', password: TEST_PASSWORD },
    testConfig,
  );
  const http = request(createHttpServer(app));
  const signIn = (body: unknown) =>
    http.post('/api/auth/login').set('Content-Type', 'application/json').send(JSON.stringify(body));
  const failedSignIns = () =>
    db.prepare("SELECT * FROM audit_log WHERE action = 'login_failed' ORDER BY id").all() as {
      user_id: number | null;
      entity: string;
      entity_id: number | null;
      after: string;
    }[];
  return { db, store, guard, http, signIn, analyst, failedSignIns };
}

/** Sends `count` requests, ten at a time; their statuses in order. */
async function inBatches(count: number, send: (i: number) => PromiseLike<{ status: number }>) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = Array.from({ length: Math.min(10, count - i) }, (_, j) => send(i + j));
    for (const res of await Promise.all(batch)) statuses.push(res.status);
  }
  return statuses;
}

describe('sign-in: the body is checked before anything is remembered', () => {
  it.each([
    ['a username with its own toString', '{"username":{"toString":1},"password":"x"}', 'username'],
    ['a username that is a list', '{"username":["analyst2"],"password":"x"}', 'username'],
    ['a null username', '{"username":null,"password":"x"}', 'username'],
    ['a password with a length', '{"username":"analyst2","password":{"length":1}}', 'password'],
    ['a prototype key', '{"__proto__":{"username":"analyst2"},"password":"x"}', 'username'],
    ['an unknown field', '{"username":"analyst2","password":"x","role":"admin"}', ''],
    ['a 51-character username', JSON.stringify({ username: 'u'.repeat(51), password: 'x' }), 'username'],
  ])('answers 400 naming the field for %s, never 500', async (_name, body, path) => {
    const { http, guard } = await guardedApp();
    const res = await http.post('/api/auth/login').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expectErrorShape(res.body);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    expect(guard.byName.size + guard.byAddress.size).toBe(0);
  });

  it('refuses a 1 MB username as too large, and 400 huge usernames leave the limiters without a key', async () => {
    const { signIn, guard } = await guardedApp();
    const megabyte = await signIn({ username: 'u'.repeat(1024 * 1024), password: 'x' });
    expect(megabyte.status).toBe(413);
    expectErrorShape(megabyte.body);
    const huge = 'u'.repeat(64 * 1024);
    const statuses = await inBatches(400, (i) => signIn({ username: `${i}${huge}`, password: 'x' }));
    expect(new Set(statuses)).toEqual(new Set([413]));
    expect(guard.byName.size).toBe(0);
    expect(guard.byAddress.size).toBe(0);
  });

  it('holds one key per address and one per failure it lets through, however many usernames arrive', async () => {
    const { signIn, guard } = await guardedApp();
    const statuses = await inBatches(150, (i) => signIn({ username: `u${i}-${'x'.repeat(44)}`, password: 'wrong' }));
    expect(statuses.filter((s) => s === 401)).toHaveLength(FAILURES_PER_ADDRESS);
    expect(guard.byAddress.size).toBe(1);
    expect(guard.byName.size).toBe(FAILURES_PER_ADDRESS);
  });

  it('answers below 500 with the error shape to any JSON body', async () => {
    const { signIn } = await guardedApp();
    const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
    const value = fc.oneof(anything, fc.array(anything, { maxLength: 3 }), fc.dictionary(fc.string(), anything));
    const key = fc.constantFrom('username', 'password', '__proto__', 'constructor', 'toString');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 3 }), async (body) => {
        const res = await signIn(body);
        expect(res.status, JSON.stringify(body)).toBeLessThan(500);
        expectErrorShape(res.body);
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});

describe('JSON bodies: size and depth capped per route, before parsing', () => {
  it('refuses a megabyte of nested brackets from anyone as too deep, not as bad JSON', async () => {
    const { http } = await guardedApp();
    const res = await http.post('/api/missions').set('Content-Type', 'application/json').send('['.repeat(1_000_000));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('The request body is nested more than 8 levels deep');
  });

  it('takes 8 levels and refuses 9, not counting brackets inside strings', async () => {
    const { http } = await testApp();
    const nested = (levels: number) =>
      '['.repeat(levels - 1) + JSON.stringify({ ...sampleMission }) + ']'.repeat(levels - 1);
    const at = async (text: string) =>
      (await http.post('/api/missions').set('Content-Type', 'application/json').send(text)).body.error.message;
    expect(await at(nested(8))).toBe('The mission is not valid');
    expect(await at(nested(9))).toBe('The request body is nested more than 8 levels deep');
    const bracketsInName = JSON.stringify({ ...sampleMission, name: '[{'.repeat(50) });
    expect((await http.post('/api/missions').set('Content-Type', 'application/json').send(bracketsInName)).status).toBe(
      201,
    );
  });

  it('takes a small sign-in body only, while other routes take a larger one', async () => {
    const { http, signIn } = await guardedApp();
    const fiveKb = 'x'.repeat(5 * 1024);
    const tooLarge = await signIn({ username: 'analyst2', password: fiveKb });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toBe('The request body is too large');
    const nested = await signIn({ username: [['analyst2']], password: 'x' });
    expect(nested.body.error.message).toBe('The request body is nested more than 2 levels deep');
    const mission = await http.post('/api/missions').send({ ...sampleMission, mandate: fiveKb });
    expect(mission.status).toBe(401); // read and parsed, then refused for want of a session
  });
});

describe('sign-in rate limits', () => {
  it('keys on the username as the lookup reads it: spaces and case do not make a fresh start', async () => {
    const { signIn } = await guardedApp();
    for (let i = 0; i < TRIES_PER_NAME; i++) {
      expect((await signIn({ username: 'analyst2', password: `guess ${i}` })).status).toBe(401);
    }
    expect((await signIn({ username: '   analyst2', password: TEST_PASSWORD })).status).toBe(429);
    expect((await signIn({ username: 'ANALYST2 ', password: TEST_PASSWORD })).status).toBe(429);
    const statuses = new Set<number>();
    for (let i = 1; i <= 80; i++) {
      statuses.add((await signIn({ username: `${' '.repeat(i % 40)}analyst2`, password: `guess ${i}` })).status);
    }
    expect([...statuses]).toEqual([429]);
  });

  it(`stops an address after ${FAILURES_PER_ADDRESS} failures across usernames`, async () => {
    const { signIn } = await guardedApp();
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) {
      expect((await signIn({ username: `ghost${i}`, password: 'wrong password' })).status).toBe(401);
    }
    const next = await signIn({ username: 'analyst2', password: TEST_PASSWORD });
    expect(next.status).toBe(429);
    expectErrorShape(next.body);
  });

  it('does not count successful sign-ins against the address', async () => {
    const { signIn, guard } = await guardedApp();
    for (let i = 0; i < TRIES_PER_NAME; i++) {
      expect((await signIn({ username: 'analyst2', password: TEST_PASSWORD })).status).toBe(200);
    }
    expect(guard.byAddress.get('127.0.0.1')?.totalHits ?? 0).toBe(0);
  });
});

describe('failed sign-ins in the audit trail', () => {
  it('records each failure with the username and address, and the account when it exists', async () => {
    const { signIn, analyst, failedSignIns } = await guardedApp();
    await signIn({ username: ' Analyst2', password: 'wrong password' });
    await signIn({ username: 'ghost', password: 'wrong password' });
    await signIn({ username: 'analyst2', password: TEST_PASSWORD });
    const rows = failedSignIns();
    expect(rows.map((r) => [r.user_id, r.entity, r.entity_id])).toEqual([
      [null, 'user', analyst.id],
      [null, 'user', null],
    ]);
    expect(JSON.parse(rows[0].after)).toEqual({ username: 'Analyst2', address: expect.stringMatching(/127\.0\.0\.1/) });
    expect(JSON.parse(rows[1].after).username).toBe('ghost');
  });

  it('records at most its budget in a window, so a flood cannot fill the log', async () => {
    const { signIn, failedSignIns } = await guardedApp({ perWindow: 5, windowMs: 3_600_000 });
    for (let i = 0; i < 30; i++) expect((await signIn({ username: `ghost${i}`, password: 'x' })).status).toBe(401);
    expect(failedSignIns()).toHaveLength(5);
  });
});

describe('passwords set through the API', () => {
  it.each([
    [' '.repeat(10), 'A password cannot be only spaces'],
    ['\t \u00a0'.repeat(4), 'A password cannot be only spaces'],
    ['1234567890', 'This password is one of the most common; choose another'],
    [' Password123 ', 'This password is one of the most common; choose another'],
  ])('refuses %j for a new user and for a reset, naming the password', async (password, message) => {
    const { http, store } = await testApp();
    const created = await http
      .post('/api/users')
      .send({ username: 'newbie', displayName: 'N', role: 'viewer', password });
    expect(created.status).toBe(400);
    expect(created.body.error.issues).toEqual([{ path: 'password', message }]);
    const admin = store.users.list()[0];
    const reset = await http.patch(`/api/users/${admin.id}`).send({ password });
    expect(reset.status).toBe(400);
    expect(reset.body.error.issues).toEqual([{ path: 'password', message }]);
  });
});
