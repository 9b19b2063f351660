import { describe, expect, it } from 'vitest';
import { myWorkSchema, reportingGridSchema, reportingPeriods } from '../../shared/src/reporting';
import { addAssessment, addMission } from './csv-helpers';
import { testApp } from './helpers';

describe('GET /api/reporting and /api/my-work', () => {
  it('shows each active mission’s status period by period, leaving out archived and ended missions', async () => {
    const { http, store } = await testApp();
    const today = new Date().toISOString().slice(0, 10);
    const periods = reportingPeriods('quarter', today);
    const running = addMission(store, { acronym: 'RUN', startDate: '2000-01-01' });
    addMission(store, { acronym: 'OLD', startDate: '1990-01-01', endDate: '1993-09-30' });
    const archived = addMission(store, { acronym: 'ARCH', startDate: '2000-01-01' });
    expect((await http.delete(`/api/missions/${archived.id}`)).status).toBe(200);
    const draft = addAssessment(store, running.id, { period: periods[6] });

    const res = await http.get('/api/reporting');
    expect(res.status).toBe(200);
    const grid = reportingGridSchema.parse(res.body);
    expect(grid.lateAfterDays).toBe(30);
    const quarters = grid.grids.find((g) => g.periodType === 'quarter')!;
    expect(quarters.periods).toEqual(periods);
    expect(quarters.rows.map((row) => row.mission.acronym)).toEqual(['RUN']);
    const cells = quarters.rows[0].cells;
    expect(cells[6]).toEqual({ period: periods[6], status: 'draft', assessmentId: draft.id });
    // Two years back with nothing entered: long past the deadline.
    expect(cells[0].status).toBe('late');
    expect(cells[7].status).toBe('not_due');
  });

  it('lists my drafts, my drafts sent back with the reason, and for an admin what awaits approval', async () => {
    const { store, signIn } = await testApp();
    const mission = addMission(store, { acronym: 'WORK', startDate: '2020-01-01' });
    const analyst = await signIn('analyst');
    const admin = await signIn('admin');
    const created = async (period: string) =>
      (await analyst.post(`/api/missions/${mission.id}/assessments`).send({ period })).body as { id: number };
    const mine = await created('2023Q1');
    const toSubmit = await created('2023Q2');
    const toSendBack = await created('2023Q3');
    for (const a of [toSubmit, toSendBack]) {
      expect((await analyst.post(`/api/assessments/${a.id}/submit`).send({ version: 1 })).status).toBe(200);
    }
    const reopened = await admin
      .post(`/api/assessments/${toSendBack.id}/reopen`)
      .send({ version: 2, comment: 'The casualty count does not add up' });
    expect(reopened.status).toBe(200);

    const work = myWorkSchema.parse((await analyst.get('/api/my-work')).body);
    expect(work.drafts.map((item) => item.assessmentId)).toEqual([mine.id]);
    expect(work.sentBack).toEqual([
      expect.objectContaining({
        assessmentId: toSendBack.id,
        period: '2023Q3',
        comment: 'The casualty count does not add up',
        mission: expect.objectContaining({ acronym: 'WORK' }),
      }),
    ]);
    expect(work.awaitingApproval).toEqual([]);

    const adminWork = myWorkSchema.parse((await admin.get('/api/my-work')).body);
    expect(adminWork.drafts).toEqual([]);
    expect(adminWork.awaitingApproval.map((item) => item.assessmentId)).toEqual([toSubmit.id]);
  });
});
