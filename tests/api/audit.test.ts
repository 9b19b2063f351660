import { describe, expect, it } from 'vitest';
import { testApp } from './helpers';
import { ROUTES, fixture, routeName, send } from './endpoint-samples';

// A preview is posted (it takes the body a save would) but changes nothing: it is no mutation.
const PREVIEWS = ROUTES.filter(({ endpoint }) => endpoint.path.endsWith('/preview'));
const MUTATIONS = ROUTES.filter(
  (route) => route.endpoint.method !== 'get' && route.endpoint.role !== null && !PREVIEWS.includes(route),
);

describe('audit trail', () => {
  it.each(MUTATIONS.map((r) => [routeName(r), r]))(
    '%s writes exactly one audit row, in the same transaction',
    async (_name, route) => {
      const { http, db, store } = await testApp();
      const f = fixture(store);
      const count = () => (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
      const before = count();
      const res = await send(http, route, f);
      expect(res.status).toBeLessThan(300);
      expect(count()).toBe(before + 1);
      const last = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
        user_id: number | null;
        at: string;
      };
      expect(last.user_id).toBe(store.users.list().find((u) => u.role === 'admin')!.id);
    },
  );

  it.each(PREVIEWS.map((r) => [routeName(r), r]))(
    '%s writes no audit row and changes nothing',
    async (_name, route) => {
      const { http, db, store } = await testApp();
      const f = fixture(store);
      const snapshot = () =>
        db.prepare('SELECT (SELECT count(*) FROM audit_log), (SELECT version FROM data_version)').raw().get();
      const before = snapshot();
      expect((await send(http, route, f)).status).toBe(200);
      expect(snapshot()).toEqual(before);
    },
  );

  it('a refused mutation writes no audit row', async () => {
    const { http, db, store } = await testApp();
    const f = fixture(store);
    const before = db.prepare('SELECT count(*) AS n FROM audit_log').get();
    await http.post(`/api/missions/${f.missionId}/assessments`).send({ period: '2024Q1' }); // duplicate period
    await http.patch(`/api/assessments/${f.draftId}`).send({ version: 9 }); // stale
    expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });

  it('filters by entity, user and date', async () => {
    const { http, store } = await testApp();
    const f = fixture(store);
    const admin = store.users.list()[0];
    await http.patch(`/api/missions/${f.missionId}`).send({ mandate: 'Audited' });
    const byEntity = (await http.get(`/api/audit?entity=mission&id=${f.missionId}`)).body;
    expect(byEntity.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity[0].before.mandate).toBe('');
    expect(byEntity[0].after.mandate).toBe('Audited');
    const byUser = (await http.get(`/api/audit?user=${admin.id}`)).body;
    expect(byUser.every((e: { userId: number }) => e.userId === admin.id)).toBe(true);
    expect((await http.get('/api/audit?from=2999-01-01')).body).toEqual([]);
    expect((await http.get('/api/audit?from=yesterday')).status).toBe(400);
  });
});
