import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../shared/src/user';
import { SESSION_HOURS } from '../../server/src/services/users';
import { migratedFile, testApp } from './helpers';

// Sessions are remembered between requests so that most are authenticated without a query: each
// test asks with a session a moment before (so it is remembered), changes it, and asks again.

async function signedIn(role: Role, app?: Awaited<ReturnType<typeof testApp>>) {
  const setup = app ?? (await testApp());
  const agent = await setup.signIn(role);
  const me = await agent.get('/api/auth/me');
  expect(me.status).toBe(200);
  return { ...setup, agent, me: me.body as { id: number; role: Role } };
}

describe('a remembered session ends with the change that ends it', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is refused right after sign-out', async () => {
    const { agent, anonymous } = await signedIn('analyst');
    const cookie = (await agent.get('/api/auth/me')).request.cookies;
    expect(cookie).toMatch(/^cpea_session=.+/);
    expect((await agent.post('/api/auth/logout')).status).toBe(204);
    // The same cookie, sent again after the sign-out cleared it from the agent.
    expect((await anonymous.get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('is refused after its password is reset', async () => {
    const { http, agent, me } = await signedIn('analyst');
    expect((await http.patch(`/api/users/${me.id}`).send({ password: 'a brand new passphrase' })).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('is refused after its user is disabled', async () => {
    const { http, agent, me } = await signedIn('analyst');
    expect((await http.patch(`/api/users/${me.id}`).send({ disabled: true })).status).toBe(200);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('carries a changed role and display name at once', async () => {
    const { http, agent, me } = await signedIn('admin');
    expect((await agent.get('/api/users')).status).toBe(200);
    const changed = await http.patch(`/api/users/${me.id}`).send({ role: 'viewer', displayName: 'Renamed' });
    expect(changed.status).toBe(200);
    expect((await agent.get('/api/auth/me')).body).toMatchObject({ role: 'viewer', displayName: 'Renamed' });
    expect((await agent.get('/api/users')).status).toBe(403);
  });

  it('is refused once it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { agent, anonymous } = await signedIn('viewer');
    const expires = Date.now() + SESSION_HOURS * 3600_000;
    // Sent by hand: the agent itself would drop the cookie once it expires.
    const cookie = (await agent.get('/api/auth/me')).request.cookies;
    vi.setSystemTime(expires - 1000);
    expect((await anonymous.get('/api/auth/me').set('Cookie', cookie)).status).toBe(200);
    vi.setSystemTime(expires + 1000);
    expect((await anonymous.get('/api/auth/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('is refused after another connection to the database disables its user', async () => {
    const db = migratedFile();
    const app = await testApp(db);
    const { agent, me } = await signedIn('analyst', app);
    const other = new (db.constructor as new (file: string) => typeof db)(db.name);
    try {
      other.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(me.id);
    } finally {
      other.close();
    }
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });
});
