import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ComparisonReport, FrozenReport } from '../../shared/src/comparison';
import { expectErrorShape, sampleMission, testApp } from './helpers';

// Periods are real (years 1900 to 2100) and within the mission's life; a row stored before
// that was checked never takes the comparison down; a mission's dates cannot leave its
// assessments outside its life.

async function twoMissions() {
  const ctx = await testApp();
  const a = (await ctx.http.post('/api/missions').send({ ...sampleMission, acronym: 'UNTA' })).body;
  const b = (await ctx.http.post('/api/missions').send({ ...sampleMission, acronym: 'UNTB' })).body;
  for (const [mission, threat] of [
    [a, 72],
    [b, 63],
  ] as const) {
    const res = await ctx.http
      .post(`/api/missions/${mission.id}/assessments`)
      .send({ period: '2024Q1', values: { threat_response_pct: threat } });
    expect(res.status).toBe(201);
  }
  return { ...ctx, a, b };
}

const issuePaths = (body: { error: { issues: { path: string }[] } }) => body.error.issues.map((i) => i.path);

describe('assessment periods', () => {
  it.each(['0500Q1', '0007Q2', '9999Q4', '1899-12', '2101Q1'])(
    'refuses %s: a period is a quarter or month from 1900 to 2100',
    async (period) => {
      const { http, a } = await twoMissions();
      const res = await http.post(`/api/missions/${a.id}/assessments`).send({ period });
      expect(res.status).toBe(400);
      expectErrorShape(res.body);
      expect(res.body.error.issues).toEqual([
        { path: 'period', message: 'The year of a period must be from 1900 to 2100' },
      ]);
    },
  );

  it.each([
    ['before the mission started', '2019Q4'],
    ['after today', '2100Q4'],
  ])('refuses a period %s, naming the mission’s life', async (_label, period) => {
    const { http, a } = await twoMissions();
    const res = await http.post(`/api/missions/${a.id}/assessments`).send({ period });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['period']);
    expect(res.body.error.issues[0].message).toMatch(/^The period must lie within the mission's life: 2020 Q1 to /);
    expect((await http.get(`/api/missions/${a.id}/assessments`)).body).toHaveLength(1);
  });

  it('refuses a period after the end date of an ended mission, and accepts its last period', async () => {
    const { http } = await testApp();
    const ended = (await http.post('/api/missions').send({ ...sampleMission, endDate: '2022-05-15' })).body;
    expect((await http.post(`/api/missions/${ended.id}/assessments`).send({ period: '2022Q2' })).status).toBe(201);
    const after = await http.post(`/api/missions/${ended.id}/assessments`).send({ period: '2022Q3' });
    expect(after.status).toBe(400);
    expect(after.body.error.issues).toEqual([
      { path: 'period', message: "The period must lie within the mission's life: 2020 Q1 to 2022 Q2" },
    ]);
  });
});

describe('a comparison with a legacy row whose period cannot be read', () => {
  it('skips the row and says so in the JSON, the CSV and frozen reports, never a 500', async () => {
    const { http, db, a, b } = await twoMissions();
    // Rows written before periods were checked: raw SQL, as an old database may hold them.
    const insert = db.prepare(`INSERT INTO assessments (mission_id, period, period_ordinal, status, achievements,
      setbacks, lessons, author_id, version, created_at, updated_at)
      VALUES (?, ?, ?, 'draft', '', '', '', NULL, 1, '2020-01-01', '2020-01-01')`);
    const legacy = [
      [a.id, '0500Q1', 2000],
      [a.id, '0007Q2', 29],
      [b.id, '9999Q4', 39999],
      [b.id, '2024-03', 24290],
    ] as const;
    for (const row of legacy) insert.run(...row);
    const pair = `${a.id},${b.id}`;

    const res = await http.get(`/api/reports/comparison?missions=${pair}&approvedOnly=0`);
    expect(res.status).toBe(200);
    const report = res.body as ComparisonReport;
    const reasons = new Map(report.skippedAssessments?.map((s) => [`${s.missionId} ${s.period}`, s.reason]));
    expect([...reasons.keys()].sort()).toEqual(legacy.map(([missionId, period]) => `${missionId} ${period}`).sort());
    expect(reasons.get(`${a.id} 0500Q1`)).toBe('UNTA 0500Q1: The year of a period must be from 1900 to 2100');
    expect(reasons.get(`${b.id} 2024-03`)).toBe('UNTB reports quarterly, but this assessment is for a month');
    expect(report.missions.map((m) => m.periodsCovered.count)).toEqual([1, 1]);
    expect(report.trendSeries.periods).toEqual(['2024Q1']);

    const csv = await http.get(`/api/reports/comparison.csv?missions=${pair}&approvedOnly=0`);
    expect(csv.status).toBe(200);
    const records = parseCsv(csv.text, { relax_column_count: true }) as string[][];
    const heading = records.findIndex((r) => r[0] === '# Assessments left out (their period cannot be read)');
    expect(heading).toBeGreaterThan(0);
    expect(
      records
        .slice(heading + 2, heading + 6)
        .map((r) => r[3])
        .sort(),
    ).toEqual(legacy.map(([, period]) => period).sort());

    const ranged = await http.get(`/api/reports/comparison?missions=${pair}&from=2024Q1&to=2024Q4&approvedOnly=1`);
    expect(ranged.status).toBe(200);

    const frozen = await http.post('/api/reports/frozen').send({ title: 'With a legacy row', missions: pair });
    expect(frozen.status).toBe(201);
    const read = await http.get(`/api/reports/frozen/${frozen.body.id}`);
    expect(read.status).toBe(200);
    const body = read.body as FrozenReport;
    expect(body.liveUnavailableReason).toBeNull();
    expect(body.payload.skippedAssessments).toHaveLength(4);
    expect(body.live?.skippedAssessments).toHaveLength(4);
  });
});

describe("a mission's dates", () => {
  it('cannot leave its assessments outside its life: the refusal names the periods', async () => {
    const { http, a } = await twoMissions();
    const later = await http.patch(`/api/missions/${a.id}`).send({ version: 1, startDate: '2024-06-01' });
    expect(later.status).toBe(409);
    expectErrorShape(later.body);
    expect(issuePaths(later.body)).toEqual(['startDate']);
    expect(later.body.error.issues[0].message).toMatch(
      /^These dates would leave assessments outside the mission's life \(2024 Q2 to \d{4} Q\d\): 2024 Q1$/,
    );
    expect((await http.get(`/api/missions/${a.id}`)).body.startDate).toBe('2020-01-01');
  });

  it('names the periods left out when the end moves before them', async () => {
    const { http, a } = await twoMissions();
    const earlier = await http.patch(`/api/missions/${a.id}`).send({ version: 1, endDate: '2023-12-31' });
    expect(earlier.status).toBe(409);
    expect(earlier.body.error.issues).toEqual([
      {
        path: 'endDate',
        message: "These dates would leave assessments outside the mission's life (2020 Q1 to 2023 Q4): 2024 Q1",
      },
    ]);
    expect((await http.get(`/api/missions/${a.id}`)).body.endDate).toBeNull();
    expect((await http.patch(`/api/missions/${a.id}`).send({ version: 1, endDate: '2024-03-31' })).status).toBe(200);
  });

  it('checks one patched date against the stored other', async () => {
    const { http } = await testApp();
    const mission = (await http.post('/api/missions').send({ ...sampleMission, endDate: '2025-01-01' })).body;
    const endFirst = await http.patch(`/api/missions/${mission.id}`).send({ version: 1, endDate: '2019-01-01' });
    expect(endFirst.status).toBe(400);
    expect(endFirst.body.error.issues).toEqual([{ path: 'endDate', message: 'End date is before the start date' }]);
    const startLate = await http.patch(`/api/missions/${mission.id}`).send({ version: 1, startDate: '2030-01-01' });
    expect(startLate.status).toBe(400);
    expect(startLate.body.error.issues).toEqual([{ path: 'startDate', message: 'End date is before the start date' }]);
    expect((await http.get(`/api/missions/${mission.id}`)).body).toMatchObject({
      startDate: '2020-01-01',
      endDate: '2025-01-01',
    });
  });

  it.each(['0001-01-01', '1899-12-31', '2101-01-01'])('refuses the date %s', async (date) => {
    const { http } = await testApp();
    const res = await http.post('/api/missions').send({ ...sampleMission, startDate: date });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'startDate', message: 'The date must be from 1900 to 2100' }]);
  });
});

describe('a new mission', () => {
  it.each([
    ['id', '"id": 7'],
    ['archived', '"archived": true'],
    ['__proto__', '"__proto__": {"admin": true}'],
  ])('refuses the unknown field %s', async (field, json) => {
    const { http } = await testApp();
    const body = JSON.stringify(sampleMission).replace(/}$/, `, ${json}}`);
    const res = await http.post('/api/missions').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expectErrorShape(res.body);
    expect(JSON.stringify(res.body.error.issues)).toContain(field);
    expect((await http.get('/api/missions?includeArchived=1')).body).toEqual([]);
  });
});
