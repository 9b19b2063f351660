import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { asText } from './csv-helpers';
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
    await http.patch(`/api/missions/${f.missionId}`).send({ version: 1, mandate: 'Audited' });
    const byEntity = (await http.get(`/api/audit?entity=mission&id=${f.missionId}`)).body;
    expect(byEntity.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity[0].before.mandate).toBe('');
    expect(byEntity[0].after.mandate).toBe('Audited');
    const byUser = (await http.get(`/api/audit?user=${admin.id}`)).body;
    expect(byUser.every((e: { userId: number }) => e.userId === admin.id)).toBe(true);
    expect((await http.get('/api/audit?from=2999-01-01')).body).toEqual([]);
    expect((await http.get('/api/audit?from=yesterday')).status).toBe(400);
  });

  it('names the mission and period of each entry, filters by mission, and pages through everything', async () => {
    const { http, store } = await testApp();
    const f = fixture(store);
    const acronym = store.missions.get(f.missionId)!.acronym;
    await http.patch(`/api/missions/${f.otherMissionId}`).send({ version: 1, mandate: 'Other' });
    expect((await http.delete(`/api/assessments/${f.draftId}`)).status).toBe(204);

    const trail = (await http.get(`/api/audit?mission=${f.missionId}`)).body as {
      id: number;
      action: string;
      entity: string;
      missionId: number;
      missionAcronym: string;
      period: string | null;
    }[];
    // The deleted draft is still named by its mission and period, from what the entry stored.
    expect(trail[0]).toMatchObject({
      action: 'delete',
      entity: 'assessment',
      missionAcronym: acronym,
      period: '2024Q1',
    });
    expect(trail.every((e) => e.missionId === f.missionId)).toBe(true);
    expect(trail.map((e) => `${e.entity} ${e.period ?? ''}`.trim())).toEqual([
      'assessment 2024Q1',
      'assessment 2024Q2',
      'assessment 2024Q2',
      'assessment 2024Q1',
      'mission',
    ]);
    const other = (await http.get(`/api/audit?mission=${f.otherMissionId}`)).body as { missionAcronym: string }[];
    expect(other.map((e) => e.missionAcronym)).toEqual(['OTHER', 'OTHER']);

    // One entry a page, each after the last one read, reaches every entry once.
    const all = (await http.get('/api/audit?limit=1000')).body as { id: number }[];
    const paged: number[] = [];
    for (let before: number | undefined; ;) {
      const page = (await http.get(`/api/audit?limit=1${before ? `&before=${before}` : ''}`)).body as { id: number }[];
      if (page.length === 0) break;
      paged.push(page[0].id);
      before = page[0].id;
    }
    expect(paged).toEqual(all.map((e) => e.id));
  });

  it('exports every matching entry as CSV, past any page size, with its mission and period', async () => {
    const { http, store, db } = await testApp();
    const f = fixture(store);
    // More entries than a page of the export holds.
    const insert = db.prepare(
      "INSERT INTO audit_log (at, user_id, action, entity, entity_id, before, after) VALUES (?, NULL, 'update', 'mission', ?, NULL, '{}')",
    );
    db.transaction(() => {
      for (let i = 0; i < 2_100; i++) insert.run('2024-01-01T00:00:00.000Z', f.otherMissionId);
    })();
    const res = await http.get('/api/audit.csv').buffer(true).parse(asText);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?cpea-audit-\d{4}-\d{2}-\d{2}\.csv"?$/);
    const rows = parse(res.body as string, { bom: true, columns: true }) as Record<string, string>[];
    const count = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((row) => row.id)).size).toBe(count);
    const submitted = rows.filter((row) => row.entity === 'assessment' && row.entity_id === String(f.submittedId));
    expect(submitted.map((row) => [row.action, row.mission_id, row.period])).toEqual([
      ['submit', String(f.missionId), '2024Q2'],
      ['create', String(f.missionId), '2024Q2'],
    ]);
    expect(JSON.parse(submitted[1].after)).toMatchObject({ period: '2024Q2', missionId: f.missionId });

    const filtered = await http.get(`/api/audit.csv?mission=${f.missionId}`).buffer(true).parse(asText);
    const missionRows = parse(filtered.body as string, { bom: true, columns: true }) as Record<string, string>[];
    expect(missionRows.length).toBeGreaterThan(0);
    expect(missionRows.every((row) => row.mission_id === String(f.missionId))).toBe(true);
    const bad = await http.get('/api/audit.csv?mission=x');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([{ path: 'mission', message: 'Expected a positive whole number' }]);
    const tooMany = await http.get('/api/audit?limit=5000');
    expect(tooMany.body.error.issues).toEqual([{ path: 'limit', message: 'Ask for 1 to 1000 entries at a time' }]);
  });
});
