import { describe, expect, it } from 'vitest';
import { SELF_APPROVAL_NOTE } from '../../server/src/services/workflow';
import { expectErrorShape, sampleMission, testApp } from './helpers';

// Four eyes on approval, drafts that are their author's, and no changes on archived missions.

async function setup() {
  const ctx = await testApp();
  const mission = (await ctx.http.post('/api/missions').send(sampleMission)).body as { id: number };
  const create = async (agent: typeof ctx.http, period = '2024Q1') => {
    const res = await agent
      .post(`/api/missions/${mission.id}/assessments`)
      .send({ period, values: { violent_incidents: 5 } });
    expect(res.status).toBe(201);
    return res.body as { id: number; version: number };
  };
  return { ...ctx, mission, create };
}

describe('four eyes: the approver is neither the author nor the last editor', () => {
  it('refuses an admin approving their own assessment when another admin exists, who may approve it', async () => {
    const { http, signIn, create, store } = await setup();
    const other = await signIn('admin');
    const mine = await create(http);
    await http.post(`/api/assessments/${mine.id}/submit`).send({ version: 1 });
    const self = await http.post(`/api/assessments/${mine.id}/approve`).send({ version: 2 });
    expect(self.status).toBe(403);
    expectErrorShape(self.body);
    expect(self.body.error.message).toBe('You wrote this assessment, so another admin must approve it');
    expect(store.assessments.get(mine.id)?.status).toBe('submitted');
    const approved = await other.post(`/api/assessments/${mine.id}/approve`).send({ version: 2 });
    expect(approved.status).toBe(200);
    const audit = store.audit.list({ entity: 'assessment', entityId: mine.id, limit: 1 })[0];
    expect(audit.after).not.toHaveProperty('selfApproved');
  });

  it('refuses the admin who last edited an analyst’s draft', async () => {
    const { http, signIn, create } = await setup();
    const other = await signIn('admin');
    const analyst = await signIn('analyst');
    const draft = await create(analyst);
    expect(
      (await http.patch(`/api/assessments/${draft.id}`).send({ version: 1, narrative: { lessons: 'x' } })).status,
    ).toBe(200);
    expect((await analyst.post(`/api/assessments/${draft.id}/submit`).send({ version: 2 })).status).toBe(200);
    const self = await http.post(`/api/assessments/${draft.id}/approve`).send({ version: 3 });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toBe('You last edited this assessment, so another admin must approve it');
    expect((await other.post(`/api/assessments/${draft.id}/approve`).send({ version: 3 })).status).toBe(200);
  });

  it('counts only active admins: with the other one disabled, the single admin self-approves and the trail says so', async () => {
    const { http, signIn, create, store } = await setup();
    await signIn('admin');
    const [, second] = store.users
      .list()
      .filter((user) => user.role === 'admin')
      .sort((a, b) => a.id - b.id);
    expect((await http.patch(`/api/users/${second.id}`).send({ disabled: true })).status).toBe(200);
    const mine = await create(http);
    await http.post(`/api/assessments/${mine.id}/submit`).send({ version: 1 });
    const approved = await http.post(`/api/assessments/${mine.id}/approve`).send({ version: 2, comment: 'Checked' });
    expect(approved.status).toBe(200);
    const audit = store.audit.list({ entity: 'assessment', entityId: mine.id, limit: 1 })[0];
    expect(audit).toMatchObject({
      action: 'approve',
      after: { status: 'approved', comment: 'Checked', selfApproved: true, note: SELF_APPROVAL_NOTE },
    });
  });

  it('reports who last edited an assessment', async () => {
    const { http, signIn, create, store } = await setup();
    const analyst = await signIn('analyst');
    const draft = await create(analyst);
    const analystId = store.users.list().find((user) => user.role === 'analyst')?.id;
    const adminId = store.users.list().find((user) => user.role === 'admin')?.id;
    expect((await http.get(`/api/assessments/${draft.id}`)).body).toMatchObject({
      authorId: analystId,
      lastEditorId: analystId,
    });
    const patched = await http
      .patch(`/api/assessments/${draft.id}`)
      .send({ version: 1, values: { violent_incidents: 2 } });
    expect(patched.body.lastEditorId).toBe(adminId);
    expect((await http.get(`/api/assessments/${draft.id}`)).body.lastEditorId).toBe(adminId);
    expect(store.audit.list({ entity: 'assessment', entityId: draft.id, limit: 1 })[0].after).toMatchObject({
      lastEditorId: adminId,
    });
  });
});

describe("a draft is its author's", () => {
  it('refuses another analyst editing, submitting or deleting it; its author and an admin may', async () => {
    const { http, signIn, create, store } = await setup();
    const author = await signIn('analyst');
    const other = await signIn('analyst');
    const draft = await create(author);
    const refusals = [
      await other.patch(`/api/assessments/${draft.id}`).send({ version: 1, values: { violent_incidents: 0 } }),
      await other.post(`/api/assessments/${draft.id}/submit`).send({ version: 1 }),
      await other.delete(`/api/assessments/${draft.id}`),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(403);
      expectErrorShape(res.body);
    }
    expect(store.assessments.get(draft.id)).toMatchObject({ version: 1, values: { violent_incidents: 5 } });
    expect(
      (await author.patch(`/api/assessments/${draft.id}`).send({ version: 1, values: { violent_incidents: 1 } }))
        .status,
    ).toBe(200);
    expect(
      (await http.patch(`/api/assessments/${draft.id}`).send({ version: 2, values: { violent_incidents: 2 } })).status,
    ).toBe(200);
    expect((await http.delete(`/api/assessments/${draft.id}`)).status).toBe(204);
  });
});

describe('an archived mission’s assessments', () => {
  it('cannot be patched, submitted, approved, reopened or deleted until the mission is restored', async () => {
    const { http, signIn, mission, create, store } = await setup();
    const analyst = await signIn('analyst');
    const draft = await create(analyst, '2024Q1');
    const submitted = await create(analyst, '2024Q2');
    await analyst.post(`/api/assessments/${submitted.id}/submit`).send({ version: 1 });
    const approved = await create(analyst, '2024Q3');
    await analyst.post(`/api/assessments/${approved.id}/submit`).send({ version: 1 });
    await http.post(`/api/assessments/${approved.id}/approve`).send({ version: 2 });
    expect((await http.delete(`/api/missions/${mission.id}`)).body.archived).toBe(true);

    const before = JSON.stringify(store.assessments.listByMission(mission.id));
    const refusals = [
      await analyst.patch(`/api/assessments/${draft.id}`).send({ version: 1, values: { violent_incidents: 0 } }),
      await http.patch(`/api/assessments/${draft.id}`).send({ version: 1, narrative: { lessons: 'late' } }),
      await analyst.post(`/api/assessments/${draft.id}/submit`).send({ version: 1 }),
      await http.post(`/api/assessments/${submitted.id}/approve`).send({ version: 2 }),
      await http.post(`/api/assessments/${approved.id}/reopen`).send({ version: 3, comment: 'Recount' }),
      await http.delete(`/api/assessments/${draft.id}`),
    ];
    for (const res of refusals) {
      expect(res.status).toBe(409);
      expectErrorShape(res.body);
      expect(res.body.error.message).toMatch(/^UNTM is archived; restore it before you \w+ its assessments$/);
    }
    expect(JSON.stringify(store.assessments.listByMission(mission.id))).toBe(before);

    expect((await http.patch(`/api/missions/${mission.id}`).send({ version: 2, archived: false })).status).toBe(200);
    expect((await http.post(`/api/assessments/${submitted.id}/approve`).send({ version: 2 })).status).toBe(200);
  });
});

describe("a draft is its author's in a CSV import too", () => {
  it('refuses a file from another analyst that changes the draft, and takes it from its author', async () => {
    const { http, signIn, create, mission, store } = await setup();
    const author = await signIn('analyst');
    const other = await signIn('analyst');
    const draft = await create(author);
    const exported = await http
      .get(`/api/export/assessments.csv?missions=${mission.id}&format=wide`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(null, text));
      });
    const [header, row] = (exported.body as string).trim().split(/\r?\n/);
    const column = header.split(',').indexOf('violent_incidents');
    const cells = row.split(',');
    cells[column] = '9';
    const file = `${header}\n${cells.join(',')}\n`;
    const post = (agent: typeof http) =>
      agent.post('/api/import/assessments').set('Content-Type', 'text/csv').send(file);

    const refused = await post(other);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      {
        row: 2,
        column: 'violent_incidents',
        message: "UNTM 2024Q1 is another analyst's draft; only its author or an admin may change it",
      },
    ]);
    expect(store.assessments.get(draft.id)?.values.violent_incidents).toBe(5);
    expect((await post(author)).status).toBe(200);
    expect(store.assessments.get(draft.id)?.values.violent_incidents).toBe(9);
  });
});
