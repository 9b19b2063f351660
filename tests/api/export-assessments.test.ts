import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { CHALLENGE_IDS, INDICATORS, KPI_IDS } from '../../shared/src/catalog';
import { longColumns, wideColumns } from '../../shared/src/imports';
import { testConfig } from '../../server/src/config';
import { createUser } from '../../server/src/services/users';
import { TEST_PASSWORD, expectErrorShape, testApp } from './helpers';
import { addAssessment, addMission, approve, asText, dumpAssessments, header, records } from './csv-helpers';

const TODAY = new Date().toISOString().slice(0, 10);

async function portfolio() {
  const ctx = await testApp();
  const alpha = addMission(ctx.store, { name: 'Alpha, "the first"', acronym: 'ALPHA' });
  const beta = addMission(ctx.store, { name: 'Beta mission', acronym: 'BETA', periodType: 'month' });
  const archived = addMission(ctx.store, { name: 'Gone', acronym: 'GONE' });
  addAssessment(ctx.store, archived.id, { period: '2024Q1' });
  await ctx.http.delete(`/api/missions/${archived.id}`);
  await ctx.http.put(`/api/missions/${alpha.id}/targets`).send({
    targets: { violent_incidents: { baseline: 100, target: 50, weight: 1 } },
    kpiWeights: { violence_reduction: 0.25, dispute_resolution: 0.25, local_capacity: 0.25, civilian_protection: 0.25 },
  });
  const q1 = addAssessment(ctx.store, alpha.id, {
    period: '2024Q1',
    values: {
      violent_incidents: 80,
      conflict_fatalities: 12,
      disputes_recorded: 3,
      disputes_resolved: 2,
      threat_response_pct: 45.5,
    },
    challenges: { resources: { severity: 3, note: 'Helicopters' }, impartiality: { severity: 0, note: '' } },
    narrative: { achievements: 'Two local agreements, one "fragile"', setbacks: 'Line one\nline two', lessons: '' },
  });
  approve(ctx.store, q1.id);
  addAssessment(ctx.store, alpha.id, { period: '2024Q2', values: { violent_incidents: 60 } });
  addAssessment(ctx.store, beta.id, { period: '2024-02', values: { capability_rating: 3 } });
  return { ...ctx, alpha, beta, archived };
}

const get = (agent: Awaited<ReturnType<typeof testApp>>['http'], url: string) =>
  agent.get(url).buffer(true).parse(asText);

describe('GET /api/export/assessments.csv', () => {
  it('writes the wide format: one row per assessment, catalog columns, scores, missing as empty', async () => {
    const { http, alpha, beta } = await portfolio();
    const res = await get(http, '/api/export/assessments.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="?cpea-assessments-wide-${TODAY}\\.csv"?$`),
    );
    // A byte-order mark first, so that Excel reads "Séléka" as UTF-8.
    expect((res.body as string).startsWith('\uFEFFmission_id,')).toBe(true);
    expect(header(res)).toEqual(wideColumns());
    expect(header(res)).toEqual([
      'mission_id',
      'mission_acronym',
      'period',
      'status',
      ...INDICATORS.map((i) => i.id),
      ...KPI_IDS.map((k) => `kpi_${k}_score`),
      'overall_score',
      'completeness',
      ...CHALLENGE_IDS.map((c) => `challenge_${c}`),
      ...CHALLENGE_IDS.map((c) => `challenge_${c}_note`),
      'narrative_achievements',
      'narrative_setbacks',
      'narrative_lessons',
      ...INDICATORS.filter((i) => !i.derived).map((i) => `source_${i.id}`),
      'updated_at',
    ]);
    // Every line ends in CRLF, the header's too.
    const text = res.body as string;
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(true); // only the quoted newline is bare

    const rows = records(res);
    // Archived missions are left out; missions by id, periods in order.
    expect(rows.map((r) => [r.mission_acronym, r.period])).toEqual([
      ['ALPHA', '2024Q1'],
      ['ALPHA', '2024Q2'],
      ['BETA', '2024-02'],
    ]);
    const [q1, q2, feb] = rows;
    expect(q1).toMatchObject({
      mission_id: String(alpha.id),
      status: 'approved',
      violent_incidents: '80',
      conflict_fatalities: '12',
      threat_response_pct: '45.5',
      dispute_resolution_rate: '66.67',
      civilian_casualties: '',
      personnel_trained: '',
      challenge_resources: '3',
      challenge_impartiality: '0',
      challenge_coordination: '',
      narrative_achievements: 'Two local agreements, one "fragile"',
      narrative_setbacks: 'Line one\nline two',
      narrative_lessons: '',
    });
    expect(new Date(q1.updated_at).toISOString()).toBe(q1.updated_at);
    expect(feb).toMatchObject({ mission_id: String(beta.id), capability_rating: '3', violent_incidents: '' });

    // The same numbers as the scores endpoint, to two decimals; unscored KPIs are empty, never 0.
    const scores = (await http.get(`/api/missions/${alpha.id}/scores`)).body;
    for (const [row, period] of [
      [q1, scores.periods[0]],
      [q2, scores.periods[1]],
    ]) {
      expect(row.overall_score).toBe(String(Math.round(period.overall * 100) / 100));
      expect(row.completeness).toBe(String(period.completeness));
      for (const kpi of period.kpis) {
        const cell = row[`kpi_${kpi.kpi}_score`];
        expect(cell).toBe(kpi.score == null ? '' : String(Math.round(kpi.score * 100) / 100));
      }
    }
    // Incidents (80 − 100) / (50 − 100) = 40; fatalities have no baseline, so are left out.
    expect(q1.kpi_violence_reduction_score).toBe('40');
    expect(q2.kpi_local_capacity_score).toBe('');
  });

  it('writes the long format: one row per value present with its baseline, target, score, source and rate ratio', async () => {
    const { http, alpha } = await portfolio();
    const res = await get(http, `/api/export/assessments.csv?format=long&missions=${alpha.id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(`cpea-assessments-long-${TODAY}.csv`);
    expect(header(res)).toEqual(longColumns());
    const rows = records(res);
    // 2024Q1: five entered values and the derived rate; 2024Q2: one value.
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.period === '2024Q1').map((r) => r.indicator)).toEqual([
      'violent_incidents',
      'conflict_fatalities',
      'disputes_recorded',
      'disputes_resolved',
      'dispute_resolution_rate',
      'threat_response_pct',
    ]);
    expect(rows[0]).toEqual({
      mission_id: String(alpha.id),
      mission_acronym: 'ALPHA',
      period: '2024Q1',
      kpi: 'violence_reduction',
      indicator: 'violent_incidents',
      value: '80',
      baseline: '100',
      target: '50',
      indicator_score: '40',
      source: 'manual',
      // 80 ÷ 100, and the exact Poisson interval of 80 divided by 100 (scipy: chi2.ppf(0.025, 160) ÷ 2 ÷ 100, chi2.ppf(0.975, 162) ÷ 2 ÷ 100)
      rate_ratio: '0.8',
      rate_ratio_lower: '0.6344',
      rate_ratio_upper: '0.9957',
    });
    expect(rows.find((r) => r.indicator === 'disputes_recorded')).toMatchObject({
      baseline: '',
      target: '',
      indicator_score: '',
    });
    expect(rows.find((r) => r.indicator === 'dispute_resolution_rate')).toMatchObject({
      value: '66.67',
      baseline: '0',
      target: '80',
      indicator_score: '83.33',
      source: 'derived',
    });
  });

  it('adds mission_name beside mission_id with names=1, in both formats', async () => {
    const { http } = await portfolio();
    for (const format of ['wide', 'long']) {
      const res = await get(http, `/api/export/assessments.csv?format=${format}&names=1`);
      expect(header(res).slice(0, 3)).toEqual(['mission_id', 'mission_name', 'mission_acronym']);
      expect(records(res)[0].mission_name).toBe('Alpha, "the first"');
    }
  });

  it('filters by missions and by period range, across quarterly and monthly missions', async () => {
    const { http, alpha, beta, archived } = await portfolio();
    const some = records(
      await get(http, `/api/export/assessments.csv?missions=${beta.id},${alpha.id}&from=2024Q2&to=2024Q4`),
    );
    // 2024-02 lies before 2024Q2; the range applies by calendar to the monthly mission.
    expect(some.map((r) => [r.mission_acronym, r.period])).toEqual([['ALPHA', '2024Q2']]);
    const months = records(await get(http, `/api/export/assessments.csv?from=2024-01&to=2024-02`));
    expect(months.map((r) => [r.mission_acronym, r.period])).toEqual([
      ['ALPHA', '2024Q1'],
      ['BETA', '2024-02'],
    ]);
    const empty = records(await get(http, '/api/export/assessments.csv?missions=&from=&to=&format=wide'));
    expect(empty).toHaveLength(3);
    // An archived mission asked for by id is exported.
    const gone = records(await get(http, `/api/export/assessments.csv?missions=${archived.id}`));
    expect(gone.map((r) => r.mission_acronym)).toEqual(['GONE']);
  });

  it('neutralises formula cells but leaves plain numbers alone', async () => {
    const { http, store } = await testApp();
    const mission = addMission(store, { name: '=HYPERLINK("http://evil","x")', acronym: '@SUM' });
    addAssessment(store, mission.id, {
      period: '2024Q1',
      values: { violent_incidents: 3 },
      narrative: { achievements: '=1+2', setbacks: '-3', lessons: '+ tab\tinside, -3 later' },
    });
    const res = await get(http, '/api/export/assessments.csv?names=1');
    const [row] = records(res);
    expect(row.mission_name).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row.mission_acronym).toBe("'@SUM");
    expect(row.narrative_achievements).toBe("'=1+2");
    expect(row.narrative_setbacks).toBe('-3');
    expect(row.narrative_lessons).toBe("'+ tab\tinside, -3 later");
    expect(row.violent_incidents).toBe('3');
    // RFC 4180 quoting on the wire: quotes doubled, the cell quoted because of the comma.
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it('neutralises a leading line feed, spaces before a trigger and full-width triggers, and the import undoes it', async () => {
    const { http, store, db } = await testApp();
    const mission = addMission(store, { name: '＝HYPERLINK("http://evil","x")', acronym: '＠SUM' });
    addAssessment(store, mission.id, {
      period: '2024Q1',
      values: { violent_incidents: 3 },
      narrative: { achievements: '\n=1+2', setbacks: ' =1+2', lessons: "  －3 and ' ＋x" },
    });
    const res = await get(http, '/api/export/assessments.csv?names=1');
    const [row] = records(res);
    expect(row.mission_name).toBe(`'＝HYPERLINK("http://evil","x")`);
    expect(row.mission_acronym).toBe("'＠SUM");
    expect(row.narrative_achievements).toBe("'\n=1+2");
    expect(row.narrative_setbacks).toBe("' =1+2");
    expect(row.narrative_lessons).toBe("'  －3 and ' ＋x");

    const before = dumpAssessments(db);
    const back = await http
      .post('/api/import/assessments')
      .set('Content-Type', 'text/csv')
      .send(res.body as string);
    expect(back.body).toMatchObject({ rows: 1, unchanged: 1, errors: [] });
    expect(dumpAssessments(db)).toEqual(before);
  });

  it.each([
    ['a bad missions list', 'missions=1;2', 'missions'],
    ['a negative mission id', 'missions=-1', 'missions'],
    ['an unknown mission id', 'missions=999', 'missions'],
    ['from after to', 'from=2024Q3&to=2024Q1', 'from'],
    ['a malformed period', 'from=2024Q5&to=2024Q1', 'from'],
    ['a quarter against a month', 'from=2024Q1&to=2024-03', 'to'],
    ['a bad format', 'format=xlsx', 'format'],
  ])('refuses %s with 400 in the error shape before any CSV is sent', async (_label, query, path) => {
    const { http } = await portfolio();
    const res = await http.get(`/api/export/assessments.csv?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBeUndefined();
    expectErrorShape(res.body);
    expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('needs a signed-in viewer', async () => {
    const { anonymous, signIn } = await portfolio();
    expect((await anonymous.get('/api/export/assessments.csv')).status).toBe(401);
    const viewer = await signIn('viewer');
    expect((await viewer.get('/api/export/assessments.csv')).status).toBe(200);
  });

  it('streams: reads one mission at a time, and stops reading while the client does not read', async () => {
    const { app, store, db } = await testApp();
    // About 40 MB of CSV: far more than the socket buffers between server and client hold.
    const missions = 150;
    const periods = 120;
    db.transaction(() => {
      for (let m = 0; m < missions; m++) {
        const mission = store.missions.insert({ ...missionDefaults, name: `Mission ${m}`, acronym: `M${m}` }, false);
        for (let p = 0; p < periods; p++) {
          const id = store.assessments.insert({
            missionId: mission.id,
            period: `${2000 + Math.floor(p / 4)}Q${(p % 4) + 1}`,
            status: 'draft',
            narrative: { achievements: NARRATIVE, setbacks: '', lessons: '' },
            authorId: null,
          });
          store.assessments.setValues(id, { violent_incidents: p, conflict_fatalities: m }, 'manual');
        }
      }
    })();
    await createUser(
      store,
      SYSTEM,
      {
        username: 'reader',
        displayName: 'Reader',
        role: 'viewer',
        password: TEST_PASSWORD,
      },
      testConfig,
    );
    const login = await request(app).post('/api/auth/login').send({ username: 'reader', password: TEST_PASSWORD });
    const cookie = login.headers['set-cookie'];

    // Each mission's history is read by iterating one statement to the end.
    const statement = Object.getPrototypeOf(db.prepare('SELECT 1')) as { iterate: (...args: unknown[]) => unknown };
    const iterate = vi.spyOn(statement, 'iterate');
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        http.get({ port, path: '/api/export/assessments.csv', headers: { cookie } }, resolve).on('error', reject);
      });
      expect(response.statusCode).toBe(200);
      response.pause();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const missionsReadWhilePaused = iterate.mock.calls.length;
      expect(missionsReadWhilePaused).toBeLessThan(missions / 2);

      const received: Buffer[] = [];
      response.on('data', (chunk: Buffer) => received.push(chunk));
      response.resume();
      await new Promise((resolve) => response.on('end', resolve));
      expect(iterate.mock.calls.length).toBe(missions);
      const text = Buffer.concat(received).toString('utf8');
      const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows).toHaveLength(missions * periods);
      expect(rows.at(-1)).toMatchObject({
        mission_acronym: `M${missions - 1}`,
        period: '2029Q4',
        violent_incidents: '119',
      });
    } finally {
      iterate.mockRestore();
      server.close();
    }
  });
});

const SYSTEM = { userId: null };
const NARRATIVE = 'Patrols resumed along the corridor, and markets reopened. '.repeat(35);

const missionDefaults = {
  country: 'CAF',
  areas: [],
  missionType: 'peacekeeping' as const,
  leadOrganisation: 'UN' as const,
  partners: [],
  setting: 'mixed' as const,
  multiEthnic: false,
  mandate: '',
  nameFr: '',
  mandateFr: '',
  startDate: '2000-01-01',
  endDate: null,
  periodType: 'quarter' as const,
};
