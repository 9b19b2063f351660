import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '../../shared/src/catalog';
import { createApp } from '../../server/src/app';
import { ConfigError, loadConfig, testConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import { createHttpServer } from '../../server/src/http-server';
import { TEST_PASSWORD, expectErrorShape, testApp } from './helpers';
import { addMission, dumpAssessments } from './csv-helpers';

// A browser sends a text/plain or form POST to another origin without asking first, cookies
// included when the origin is on the same site (another port of the same host). The server
// refuses every state-changing request a browser says comes from somewhere else.

const HOST = 'cpea.test:8080';
const OWN = `http://${HOST}`;

async function setup() {
  const ctx = await testApp();
  const mission = addMission(ctx.store, { acronym: 'UNTM' });
  const columns = [
    'mission_id',
    'period',
    ...ENTERED_INDICATORS.map((i) => i.id),
    ...CHALLENGE_IDS.map((c) => `challenge_${c}`),
  ];
  // One value: a row with nothing but its mission and period is a template's, and creates nothing.
  const file = `${columns.join(',')}\n${mission.id},2024Q1,12${','.repeat(columns.length - 3)}\n`;
  const importAs = (headers: Record<string, string>, contentType = 'text/csv') => {
    let req = ctx.http.post('/api/import/assessments').set('Host', HOST).set('Content-Type', contentType);
    for (const [name, value] of Object.entries(headers)) req = req.set(name, value);
    return req.send(file);
  };
  return { ...ctx, mission, importAs };
}

describe('state-changing requests from another origin', () => {
  it.each([
    ['another port of the same host', { Origin: 'http://cpea.test:9999' }],
    ['another host', { Origin: 'https://attacker.example' }],
    ['another scheme', { Origin: `https://${HOST}` }],
    ['an opaque origin', { Origin: 'null' }],
    ['a same-site page, said only by Sec-Fetch-Site', { 'Sec-Fetch-Site': 'same-site' }],
    ['a cross-site page, said only by Sec-Fetch-Site', { 'Sec-Fetch-Site': 'cross-site' }],
    [
      'a foreign Origin even when Sec-Fetch-Site claims same-origin',
      { Origin: 'http://x:1', 'Sec-Fetch-Site': 'same-origin' },
    ],
  ])('refuses an import from %s with 403, writing nothing', async (_name, headers) => {
    const { db, importAs } = await setup();
    const before = dumpAssessments(db);
    const res = await importAs(headers);
    expect(res.status).toBe(403);
    expectErrorShape(res.body);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.error.message).toMatch(/another (origin|site)/);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it.each([
    ['its own origin', { Origin: OWN }],
    ['its own origin, said only by Sec-Fetch-Site', { 'Sec-Fetch-Site': 'same-origin' }],
    ['a request the user made directly', { 'Sec-Fetch-Site': 'none' }],
    ['a client that is not a browser (neither header)', {}],
  ])('accepts an import from %s', async (_name, headers) => {
    const { importAs } = await setup();
    const res = await importAs(headers);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ created: 1, errors: [] });
  });

  it('guards every state-changing method across the API, sign-in included, and leaves reads alone', async () => {
    const { http, anonymous, mission } = await setup();
    const foreign = { Origin: 'http://cpea.test:9999' };
    const sent = [
      await anonymous.post('/api/auth/login').set(foreign).send({ username: 'admin', password: TEST_PASSWORD }),
      await http.post('/api/missions').set(foreign).send({}),
      await http.patch(`/api/missions/${mission.id}`).set(foreign).send({}),
      await http.put(`/api/missions/${mission.id}/targets`).set(foreign).send({}),
      await http.delete(`/api/missions/${mission.id}`).set(foreign),
      await http.post('/api/auth/logout').set(foreign),
    ];
    for (const res of sent) {
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expectErrorShape(res.body);
    }
    // The session survived the refused sign-out, and reads are not changes.
    const read = await http.get(`/api/missions/${mission.id}`).set(foreign);
    expect(read.status).toBe(200);
  });
});

describe('CPEA_PUBLIC_ORIGIN', () => {
  it('is the origin accepted behind a proxy that rewrites the Host and the scheme', async () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const config = { ...testConfig, publicOrigin: 'https://cpea.example.org' };
    const app = createHttpServer(createApp({ db, config, logger: pino({ level: 'silent' }) }));
    const login = (origin: string) =>
      request(app)
        .post('/api/auth/login')
        .set('Host', 'internal:3000')
        .set('Origin', origin)
        .send({ username: 'nobody', password: TEST_PASSWORD });
    // Past the origin check, a wrong password is 401; before it, 403.
    expect((await login('https://cpea.example.org')).status).toBe(401);
    expect((await login('http://internal:3000')).status).toBe(401);
    expect((await login('https://cpea.example.org.attacker.example')).status).toBe(403);
  });

  it('is validated at start: an origin, nothing more', () => {
    expect(loadConfig({ CPEA_PUBLIC_ORIGIN: 'https://cpea.example.org/' }).publicOrigin).toBe(
      'https://cpea.example.org',
    );
    expect(loadConfig({ CPEA_PUBLIC_ORIGIN: 'http://localhost:5173' }).publicOrigin).toBe('http://localhost:5173');
    expect(loadConfig({}).publicOrigin).toBeUndefined();
    for (const bad of [
      'cpea.example.org',
      'ftp://cpea.example.org',
      'https://cpea.example.org/app',
      'https://u@x.org',
    ]) {
      expect(() => loadConfig({ CPEA_PUBLIC_ORIGIN: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ CPEA_PUBLIC_ORIGIN: bad }), bad).toThrow(/CPEA_PUBLIC_ORIGIN/);
    }
  });
});

describe('import content types', () => {
  it.each([
    'text/plain',
    'text/plain; charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
  ])('answers %s with 415, writing nothing', async (type) => {
    const { db, importAs } = await setup();
    const before = dumpAssessments(db);
    const res = await importAs({}, type);
    expect(res.status).toBe(415);
    expectErrorShape(res.body);
    expect(res.body.error.message).toMatch(/text\/csv/);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('reads text/csv with a charset', async () => {
    const { importAs } = await setup();
    const res = await importAs({}, 'text/csv; charset=utf-8');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});
