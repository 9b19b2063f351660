import { describe, expect, it } from 'vitest';
import { sampleMission, testApp } from './helpers';

async function draft() {
  const ctx = await testApp();
  const mission = (await ctx.http.post('/api/missions').send(sampleMission)).body;
  const analyst = await ctx.signIn('analyst');
  const assessment = (
    await analyst
      .post(`/api/missions/${mission.id}/assessments`)
      .send({ period: '2024Q1', values: { violent_incidents: 9 } })
  ).body;
  return { ...ctx, analyst, mission, assessment };
}

describe('approval workflow', () => {
  it('lists submitted assessments as awaiting approval in the portfolio until an admin approves them', async () => {
    const { http, analyst, mission, assessment } = await draft();
    const awaiting = async () =>
      ((await http.get('/api/missions')).body as { id: number; awaitingApproval: unknown[] }[]).find(
        (summary) => summary.id === mission.id,
      )?.awaitingApproval;
    expect(await awaiting()).toEqual([]);
    await analyst.post(`/api/assessments/${assessment.id}/submit`).send({ version: 1 });
    expect(await awaiting()).toEqual([{ assessmentId: assessment.id, period: '2024Q1' }]);
    await http.post(`/api/assessments/${assessment.id}/approve`).send({ version: 2 });
    expect(await awaiting()).toEqual([]);
  });

  it('moves draft → submitted → approved, locks the approved one, and reopens it with a comment', async () => {
    const { http, analyst, assessment } = await draft();
    const submitted = await analyst.post(`/api/assessments/${assessment.id}/submit`).send({ version: 1 });
    expect(submitted.body).toMatchObject({ status: 'submitted', version: 2 });

    const editSubmitted = await analyst
      .patch(`/api/assessments/${assessment.id}`)
      .send({ version: 2, values: { violent_incidents: 1 } });
    expect(editSubmitted.status).toBe(409);

    const approved = await http.post(`/api/assessments/${assessment.id}/approve`).send({ version: 2 });
    expect(approved.body).toMatchObject({ status: 'approved', version: 3 });

    const editApproved = await http
      .patch(`/api/assessments/${assessment.id}`)
      .send({ version: 3, values: { violent_incidents: 1 } });
    expect(editApproved.status).toBe(409);
    expect(editApproved.body.error.message).toMatch(/approved and locked/);
    expect((await http.delete(`/api/assessments/${assessment.id}`)).status).toBe(409);

    const noComment = await http.post(`/api/assessments/${assessment.id}/reopen`).send({ version: 3 });
    expect(noComment.status).toBe(400);
    expect(noComment.body.error.issues[0].path).toBe('comment');

    const reopened = await http
      .post(`/api/assessments/${assessment.id}/reopen`)
      .send({ version: 3, comment: 'Casualty count disputed' });
    expect(reopened.body).toMatchObject({ status: 'draft', version: 4 });
    const audit = (await http.get(`/api/audit?entity=assessment&id=${assessment.id}`)).body;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['reopen', 'approve', 'submit', 'create']);
    expect(audit[0].after.comment).toBe('Casualty count disputed');
    expect(audit[0].username).toMatch(/^admin-/);
  });

  it('refuses steps out of order and steps on a stale version', async () => {
    const { http, analyst, assessment } = await draft();
    expect((await http.post(`/api/assessments/${assessment.id}/approve`).send({ version: 1 })).status).toBe(409);
    expect((await analyst.post(`/api/assessments/${assessment.id}/submit`).send({ version: 7 })).status).toBe(409);
    expect(
      (await http.post(`/api/assessments/${assessment.id}/reopen`).send({ version: 1, comment: 'x' })).status,
    ).toBe(409);
  });
});

describe('no lost updates', () => {
  it('two clients edit the same assessment: the second save gets 409 with the current version and nothing is overwritten', async () => {
    const { analyst, signIn, assessment } = await draft();
    const other = await signIn('analyst');
    const [mine, theirs] = await Promise.all([
      analyst.get(`/api/assessments/${assessment.id}`),
      other.get(`/api/assessments/${assessment.id}`),
    ]);
    expect(mine.body.version).toBe(theirs.body.version);

    const first = await analyst
      .patch(`/api/assessments/${assessment.id}`)
      .send({ version: mine.body.version, values: { violent_incidents: 11 }, narrative: { achievements: 'Mine' } });
    expect(first.status).toBe(200);
    const second = await other
      .patch(`/api/assessments/${assessment.id}`)
      .send({ version: theirs.body.version, values: { violent_incidents: 99 }, narrative: { achievements: 'Theirs' } });
    expect(second.status).toBe(409);
    expect(second.body.error.current).toMatchObject({ version: 2, values: { violent_incidents: 11 } });

    const stored = (await analyst.get(`/api/assessments/${assessment.id}`)).body;
    expect(stored.values.violent_incidents).toBe(11);
    expect(stored.narrative.achievements).toBe('Mine');
  });
});

describe('sign-in', () => {
  it('sets an httpOnly SameSite=Strict cookie, knows the user, and signs out', async () => {
    const { app, store } = await testApp();
    const request = (await import('supertest')).default;
    const agent = request.agent(app);
    const admin = store.users.list()[0];
    const bad = await agent.post('/api/auth/login').send({ username: admin.username, password: 'wrong password' });
    expect(bad.status).toBe(401);
    const ok = await agent
      .post('/api/auth/login')
      .send({ username: admin.username, password: 'correct horse battery' });
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(ok.body).not.toHaveProperty('passwordHash');
    expect((await agent.get('/api/auth/me')).body.username).toBe(admin.username);
    expect((await agent.post('/api/auth/logout')).status).toBe(204);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('limits sign-in attempts', async () => {
    const { anonymous } = await testApp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await anonymous.post('/api/auth/login').send({ username: 'ghost', password: 'guess' + i })).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('a disabled user is signed out and cannot sign in', async () => {
    const { http, signIn, store } = await testApp();
    const viewer = await signIn('viewer');
    const viewerUser = store.users.list().find((u) => u.role === 'viewer')!;
    expect((await http.patch(`/api/users/${viewerUser.id}`).send({ disabled: true })).status).toBe(200);
    expect((await viewer.get('/api/missions')).status).toBe(401);
  });

  it('an admin cannot disable themself', async () => {
    const { http, store } = await testApp();
    const admin = store.users.list()[0];
    const res = await http.patch(`/api/users/${admin.id}`).send({ disabled: true });
    expect(res.status).toBe(409);
  });
});
