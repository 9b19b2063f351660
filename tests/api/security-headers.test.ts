import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app';
import { testConfig } from '../../server/src/config';
import { openDatabase } from '../../server/src/db/connection';
import { migrate } from '../../server/src/db/migrate';
import { testApp } from './helpers';

// Helmet's headers under the app's options, worked out once at start-up: the same on every page.
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';img-src 'self' data: blob:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self';connect-src 'self'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

// What OWASP's REST Security Cheat Sheet asks of an API answer, which is never shown as a page.
const API_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};
const PAGE_ONLY = Object.keys(PAGE_HEADERS).filter((name) => !(name in API_HEADERS));

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-dist-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><head><title>CPEA</title></head></html>');
fs.writeFileSync(path.join(dist, 'assets/entry-abc123.js'), 'console.log("CPEA");\n');
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('security headers', () => {
  it('are the API set on every API answer, signed in or not, found or not, and nothing names the server', async () => {
    const { http, anonymous } = await testApp();
    for (const res of [
      await http.get('/api/missions'),
      await http.get('/api/missions/1/scores'),
      await http.get('/api/no-such-thing'),
      await http.get('/api/missions/%E0%A4%A/scores'),
      await anonymous.get('/api/missions'),
      await anonymous.post('/api/auth/login').send({ username: 'nobody', password: 'wrong password' }),
    ]) {
      expect(res.headers).toMatchObject(API_HEADERS);
      for (const name of PAGE_ONLY) expect(res.headers[name], name).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("are helmet's set on the app's pages and files", async () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const app = createApp({ db, config: testConfig, logger: pino({ level: 'silent' }), clientDist: dist });
    for (const url of ['/', '/missions/7', '/assets/entry-abc123.js']) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers, url).toMatchObject(PAGE_HEADERS);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
