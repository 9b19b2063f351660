import { describe, expect, it } from 'vitest';
import { testApp } from './helpers';

// Helmet's headers under the app's options, worked out once at start-up: the same on every answer.
const SECURITY_HEADERS = {
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

describe('security headers', () => {
  it('are sent on every answer, signed in or not, found or not, and nothing names the server', async () => {
    const { http, anonymous } = await testApp();
    for (const res of [
      await http.get('/api/missions'),
      await http.get('/api/no-such-thing'),
      await anonymous.get('/api/missions'),
      await anonymous.post('/api/auth/login').send({ username: 'nobody', password: 'wrong password' }),
    ]) {
      expect(res.headers).toMatchObject(SECURITY_HEADERS);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
