import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type {
  ComparisonAssociationRow,
  ComparisonReport,
  FrozenReport,
  LiveComparisonReport,
} from '../../shared/src/comparison';
import { expectErrorShape, sampleMission, testApp } from './helpers';

// The fixture scores only one indicator, threats to civilians answered (catalog baseline 0,
// target 90), so every overall score is threat_response_pct / 90 × 100 on the one KPI present
// (civilian protection): 72 → 80, 63 → 70, 54 → 60, 45 → 50, 36 → 40, 18 → 20.
//
//   mission  period  threat %  overall  resources  political_will  status     narrative
//   UNTA     2024Q1     72        80        0            1          approved
//   UNTA     2024Q2     54        60        1            –          approved
//   UNTA     2024Q3     36        40        3            –          draft
//   UNTA     2024Q4     18        20        4            –          draft      achievements
//   UNTB     2024Q1     63        70        1            3          approved
//   UNTB     2024Q2     45        50        3            –          submitted  setbacks
//   UNTB     2024Q3     45        50        3            –          draft
//   UNTB     2024Q4      –      null        4            –          draft
//   UNTM (monthly) exists only to be refused.

interface Created {
  id: number;
  version: number;
}

async function fixture() {
  const ctx = await testApp();
  const { http } = ctx;
  const mission = async (acronym: string, periodType: 'quarter' | 'month' = 'quarter') =>
    (await http.post('/api/missions').send({ ...sampleMission, name: `Test mission ${acronym}`, acronym, periodType }))
      .body as { id: number };
  const assess = async (
    missionId: number,
    period: string,
    threat: number | null,
    severities: Record<string, number>,
    narrative: Record<string, string> = {},
  ) => {
    const challenges = Object.fromEntries(Object.entries(severities).map(([id, severity]) => [id, { severity }]));
    const res = await http
      .post(`/api/missions/${missionId}/assessments`)
      .send({ period, values: threat == null ? {} : { threat_response_pct: threat }, challenges, narrative });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body as Created;
  };
  const submit = async (a: Created) =>
    (await http.post(`/api/assessments/${a.id}/submit`).send({ version: a.version })).body as Created;
  const approve = async (a: Created) =>
    (await http.post(`/api/assessments/${a.id}/approve`).send({ version: (await submit(a)).version })).body as Created;

  const a = await mission('UNTA');
  const b = await mission('UNTB');
  const m = await mission('UNTM', 'month');
  const a1 = await assess(a.id, '2024Q1', 72, { resources: 0, political_will: 1 });
  const a2 = await assess(a.id, '2024Q2', 54, { resources: 1 });
  const a3 = await assess(a.id, '2024Q3', 36, { resources: 3 });
  await assess(a.id, '2024Q4', 18, { resources: 4 }, { achievements: 'Joint patrols resumed' });
  const b1 = await assess(b.id, '2024Q1', 63, { resources: 1, political_will: 3 });
  const b2 = await assess(b.id, '2024Q2', 45, { resources: 3 }, { setbacks: 'Convoy attacked, "twice"' });
  await assess(b.id, '2024Q3', 45, { resources: 3 });
  await assess(b.id, '2024Q4', null, { resources: 4 });
  await approve(a1);
  await approve(a2);
  await approve(b1);
  await submit(b2);
  // A context-only count (not scored) from UCDP GED marks UNTA as using UCDP data.
  ctx.store.assessments.setValues(a1.id, { disputes_recorded: 5 }, 'ucdp_ged');
  return { ...ctx, a, b, m, a3, pair: `${a.id},${b.id}` };
}

const row = (report: LiveComparisonReport, challenge: string) =>
  report.association.rows.find((r) => r.challenge === challenge) as ComparisonAssociationRow;
const summary = (report: ComparisonReport, missionId: number) => report.missions.find((s) => s.missionId === missionId);

describe('comparison report API', () => {
  it('compares missions: summary, KPIs, trends, challenge profiles, heat-map and narratives', async () => {
    const { http, a, b, pair } = await fixture();
    const res = await http.get(`/api/reports/comparison?missions=${pair}&approvedOnly=0`);
    expect(res.status).toBe(200);
    const report = res.body as ComparisonReport;
    expect(report.parameters).toMatchObject({
      missions: [a.id, b.id],
      from: null,
      to: null,
      approvedOnly: false,
      periodType: 'quarter',
      methodologyVersion: '2026.3',
    });
    expect(Date.parse(report.parameters.generatedAt)).not.toBeNaN();

    // UNTA: 80 60 40 20 → mean 200/4 = 50; slope −20 per quarter, −80 a year → deteriorating.
    expect(summary(report, a.id)).toMatchObject({
      acronym: 'UNTA',
      country: 'CAF',
      illustrative: false,
      periodsCovered: { count: 4, first: '2024Q1', last: '2024Q4' },
      latest: {
        period: '2024Q4',
        overall: 20,
        // One KPI of four: no band.
        band: null,
        completeness: 0.25,
        status: 'draft',
        scoreBasis: 'live',
        kpis: { civilian_protection: 20, violence_reduction: null, dispute_resolution: null, local_capacity: null },
      },
      mean: { overall: 50, kpis: { civilian_protection: 50, violence_reduction: null } },
      trend: { trend: 'deteriorating', slopePerYear: -80 },
      completeness: 0.25,
      usesUcdp: true,
    });
    // UNTB: its latest quarter has no score, and stays null (not 0).
    // Mean (70 + 50 + 50) / 3 = 56.667; slope over 70 50 50 = −20/2 = −10 a quarter, −40 a year; completeness (3 × 0.25 + 0) / 4.
    const untb = summary(report, b.id);
    expect(untb).toMatchObject({
      latest: { period: '2024Q4', overall: null, band: null, completeness: 0 },
      trend: { trend: 'deteriorating', slopePerYear: -40 },
      completeness: 0.1875,
      usesUcdp: false,
    });
    expect(untb?.mean.overall).toBeCloseTo(170 / 3, 10);
    expect(untb?.latest?.flags).toContain('incomplete');

    const protection = report.kpiComparison.find((k) => k.kpi === 'civilian_protection');
    expect(protection?.missions).toEqual([
      { missionId: a.id, latest: 20, mean: 50 },
      { missionId: b.id, latest: null, mean: expect.closeTo(170 / 3, 10) },
    ]);
    expect(report.kpiComparison.find((k) => k.kpi === 'local_capacity')?.missions[0]).toEqual({
      missionId: a.id,
      latest: null,
      mean: null,
    });

    expect(report.trendSeries.periods).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    expect(report.trendSeries.missions[1]).toEqual({
      missionId: b.id,
      points: [
        { period: '2024Q1', overall: 70, status: 'approved' },
        { period: '2024Q2', overall: 50, status: 'submitted' },
        { period: '2024Q3', overall: 50, status: 'draft' },
        { period: '2024Q4', overall: null, status: 'draft' },
      ],
    });

    // UNTA resources 0 1 3 4 → mean 2, latest 4; UNTB 1 3 3 4 → mean 11/4 = 2.75, latest 4.
    // political_will: UNTA rated it once (1), not in its latest quarter → latest null.
    const profileA = report.challengeProfiles.find((p) => p.missionId === a.id);
    expect(profileA?.latestPeriod).toBe('2024Q4');
    expect(profileA?.categories.find((c) => c.challenge === 'resources')).toEqual({
      challenge: 'resources',
      meanSeverity: 2,
      latestSeverity: 4,
      ratedCount: 4,
    });
    expect(profileA?.categories.find((c) => c.challenge === 'political_will')).toMatchObject({
      meanSeverity: 1,
      latestSeverity: null,
    });
    expect(profileA?.categories.find((c) => c.challenge === 'impartiality')).toMatchObject({
      meanSeverity: null,
      latestSeverity: null,
      ratedCount: 0,
    });
    const resourcesColumn = report.challengeHeatMap.challenges.indexOf('resources');
    expect(report.challengeHeatMap.rows.map((r) => r.meanSeverity[resourcesColumn])).toEqual([2, 2.75]);

    expect(report.narratives).toEqual([
      { missionId: a.id, period: '2024Q4', achievements: 'Joint patrols resumed', setbacks: '', lessons: '' },
      { missionId: b.id, period: '2024Q2', achievements: '', setbacks: 'Convoy attacked, "twice"', lessons: '' },
    ]);
  });

  it('computes the challenge association between and within missions, by hand', async () => {
    const { http, pair } = await fixture();
    const report = (await http.get(`/api/reports/comparison?missions=${pair}&approvedOnly=0`))
      .body as LiveComparisonReport;
    expect(report.association).toMatchObject({
      method: 'between_within_missions',
      resamples: 2000,
      gapMinAssessments: 5,
      gapMinMissions: 2,
      // UNTB 2024Q4 has no overall score and is left out.
      assessments: 7,
    });

    // resources, the 7 assessments with an overall score (UNTA 4, UNTB 3):
    //   UNTA severity 0 1 3 4, overall 80 60 40 20 → means 2, 50
    //   UNTB severity 1 3 3,   overall 70 50 50    → means 7/3, 170/3
    // Within: deviations from each mission's own means
    //   UNTA −2 −1 1 2 against 30 10 −10 −30; UNTB −4/3 2/3 2/3 against 40/3 −20/3 −20/3.
    //   Ranks of severity: −2:1 −4/3:2 −1:3 2/3:4.5 2/3:4.5 1:6 2:7; of overall: −30:1 −10:2
    //   −20/3:3.5 −20/3:3.5 10:5 40/3:6 30:7 — each point's overall rank is 8 minus its severity
    //   rank, so rho = −1, and so in every resample of the two missions: interval −1 to −1.
    // Between: two missions are fewer than the three a rank correlation of means needs.
    // Gap: severity ≥ 3 has 4 assessments (A3 A4 B2 B3), fewer than 5: too few to compare.
    const resources = row(report, 'resources');
    expect(resources).toMatchObject({
      assessments: 7,
      missions: 2,
      betweenRho: { estimate: null, lower: null, upper: null },
      gap: { estimate: null, lower: null, upper: null },
      gapReason: 'too_few_to_compare',
      high: { assessments: 4, missions: 2, meanOverall: 40 },
      low: { assessments: 3, missions: 2, meanOverall: 70 },
    });
    expect(resources.withinRho.estimate).toBeCloseTo(-1, 12);
    expect(resources.withinRho.lower).toBeCloseTo(-1, 12);
    expect(resources.withinRho.upper).toBeCloseTo(-1, 12);

    // Ranked by the strength of the within-mission rho: resources first, then the categories
    // without one in the catalog's order. political_will is rated with a score twice.
    expect(report.association.rows[0].challenge).toBe('resources');
    expect(report.association.rows[1]).toMatchObject({
      challenge: 'political_will',
      assessments: 2,
      withinRho: { estimate: null },
    });
    expect(row(report, 'impartiality')).toMatchObject({ assessments: 0, missions: 0, gapReason: 'too_few_to_compare' });
  });

  it('gives the gap with its cluster-bootstrap interval, the same numbers each time, only from approved scores', async () => {
    const { http } = await testApp();
    // Three missions, four quarters each, resources rated 0 1 3 4 (UNTZ: 1 3 3 4):
    //   UNTX overall 90 80 50 40, UNTY 80 70 50 30, UNTZ 70 60 40 20 (threat % = overall × 0.9).
    //   high (≥ 3): 50 40 50 30 60 40 20 → 7 assessments, 3 missions, mean 290 / 7
    //   low (≤ 1): 90 80 80 70 70       → 5 assessments, 3 missions, mean 390 / 5 = 78
    const ids: number[] = [];
    const plan: [string, [number, number][]][] = [
      [
        'UNTX',
        [
          [0, 90],
          [1, 80],
          [3, 50],
          [4, 40],
        ],
      ],
      [
        'UNTY',
        [
          [0, 80],
          [1, 70],
          [3, 50],
          [4, 30],
        ],
      ],
      [
        'UNTZ',
        [
          [1, 70],
          [3, 60],
          [3, 40],
          [4, 20],
        ],
      ],
    ];
    for (const [acronym, rows] of plan) {
      const mission = (await http.post('/api/missions').send({ ...sampleMission, name: `Mission ${acronym}`, acronym }))
        .body as { id: number };
      ids.push(mission.id);
      for (const [i, [severity, overall]] of rows.entries()) {
        const created = await http.post(`/api/missions/${mission.id}/assessments`).send({
          period: `2024Q${i + 1}`,
          values: { threat_response_pct: (overall * 9) / 10 },
          challenges: { resources: { severity } },
        });
        expect(created.status).toBe(201);
        // All approved but UNTZ 2024Q4, a draft.
        if (acronym === 'UNTZ' && i === 3) continue;
        const submitted = await http
          .post(`/api/assessments/${created.body.id}/submit`)
          .send({ version: created.body.version });
        await http.post(`/api/assessments/${created.body.id}/approve`).send({ version: submitted.body.version });
      }
    }
    const url = `/api/reports/comparison?missions=${ids.join(',')}&approvedOnly=0`;
    const first = (await http.get(url)).body as LiveComparisonReport;
    const resources = row(first, 'resources');
    expect(resources).toMatchObject({
      assessments: 12,
      missions: 3,
      gapReason: null,
      high: { assessments: 7, missions: 3 },
      low: { assessments: 5, missions: 3, meanOverall: 78 },
    });
    expect(resources.high.meanOverall).toBeCloseTo(290 / 7, 10);
    expect(resources.gap.estimate).toBeCloseTo(290 / 7 - 78, 10);
    for (const statistic of [resources.gap, resources.withinRho, resources.betweenRho]) {
      expect(statistic.estimate).not.toBeNull();
      expect(statistic.lower as number).toBeLessThanOrEqual(statistic.estimate as number);
      expect(statistic.upper as number).toBeGreaterThanOrEqual(statistic.estimate as number);
    }
    // Between missions: mean severity 2, 2, 2.75 against mean overall 65, 57.5, 47.5
    //   ranks 1.5 1.5 3 against 3 2 1 → rho = −1.5 / √(1.5 × 2) = −√3/2.
    expect(resources.betweenRho.estimate).toBeCloseTo(-Math.sqrt(3) / 2, 10);

    // The same selection twice: the same numbers (fixed seed), only the time of building differs.
    const second = (await http.get(url)).body as LiveComparisonReport;
    expect(second.association).toEqual(first.association);

    // Approved only (the default): UNTZ 2024Q4 (severity 4, overall 20) is left out.
    const approved = (await http.get(`/api/reports/comparison?missions=${ids.join(',')}`)).body as LiveComparisonReport;
    expect(row(approved, 'resources')).toMatchObject({ assessments: 11, high: { assessments: 6 } });
    expect(row(approved, 'resources').high.meanOverall).toBeCloseTo(270 / 6, 10);

    // The CSV carries the same figures, to four decimals, and the sentence.
    const csv = await http.get(`/api/reports/comparison.csv?missions=${ids.join(',')}&approvedOnly=0`);
    const records = parseCsv(csv.text, { relax_column_count: true }) as string[][];
    const start = records.findIndex((r) => r[0] === '# Challenge association (not causation)');
    const header = records[start + 1];
    const cells = records.slice(start + 2).find((r) => r[header.indexOf('challenge')] === 'resources') as string[];
    const cell = (name: string) => cells[header.indexOf(name)];
    const fourDecimals = (x: number | null) => String(Number((x as number).toFixed(4)));
    expect(cell('effectiveness_gap')).toBe(fourDecimals(resources.gap.estimate));
    expect(cell('effectiveness_gap_ci_lower')).toBe(fourDecimals(resources.gap.lower));
    expect(cell('effectiveness_gap_ci_upper')).toBe(fourDecimals(resources.gap.upper));
    expect(cell('between_missions_rho')).toBe(fourDecimals(resources.betweenRho.estimate));
    expect(cell('within_missions_rho_ci_lower')).toBe(fourDecimals(resources.withinRho.lower));
    expect(cell('gap_note')).toBe('');
    expect(cell('sentence')).toBe(
      `Where “Resource limitations” was rated high or critical (7 assessments, 3 missions), overall effectiveness ` +
        `averaged 37 points lower (95 % CI ${Math.round(-(resources.gap.upper as number))} to ` +
        `${Math.round(-(resources.gap.lower as number))}) than where it was rated none or low (5 assessments, ` +
        '3 missions). This is an association, not proof of cause.',
    );
  });

  it('restricts every section to the period range', async () => {
    const { http, a, pair } = await fixture();
    const report = (await http.get(`/api/reports/comparison?missions=${pair}&from=2024Q2&to=2024Q3&approvedOnly=0`))
      .body as ComparisonReport;
    // UNTA 2024Q2–Q3: 60, 40 → mean 50, latest 40; only two periods → insufficient data for a trend.
    expect(summary(report, a.id)).toMatchObject({
      periodsCovered: { count: 2, first: '2024Q2', last: '2024Q3' },
      latest: { period: '2024Q3', overall: 40 },
      mean: { overall: 50 },
      trend: { trend: 'insufficient_data', slopePerYear: null },
      usesUcdp: false,
    });
    expect(report.trendSeries.periods).toEqual(['2024Q2', '2024Q3']);
    // resources in range: A2 (1, 60), A3 (3, 40), B2 (3, 50), B3 (3, 50): too few to compare.
    expect(row(report as LiveComparisonReport, 'resources')).toMatchObject({
      assessments: 4,
      high: { assessments: 3 },
      low: { assessments: 1 },
      gapReason: 'too_few_to_compare',
    });
  });

  it('uses only approved assessments when asked', async () => {
    const { http, a, b, pair } = await fixture();
    const report = (await http.get(`/api/reports/comparison?missions=${pair}&approvedOnly=1`)).body as ComparisonReport;
    expect(report.parameters.approvedOnly).toBe(true);
    // Approved: UNTA 2024Q1 (80) and 2024Q2 (60); UNTB 2024Q1 (70).
    expect(summary(report, a.id)).toMatchObject({
      periodsCovered: { count: 2, first: '2024Q1', last: '2024Q2' },
      latest: { period: '2024Q2', overall: 60 },
      mean: { overall: 70 }, // (80 + 60) / 2
    });
    expect(summary(report, b.id)).toMatchObject({ periodsCovered: { count: 1 }, latest: { overall: 70 } });
    // UNTB's setback narrative is in a submitted (not approved) assessment.
    expect(report.narratives).toEqual([]);
    // resources: A1 (0, 80), A2 (1, 60), B1 (1, 70): 3 assessments, all on the low side.
    expect(row(report as LiveComparisonReport, 'resources')).toMatchObject({
      assessments: 3,
      low: { assessments: 3, missions: 2, meanOverall: 70 },
      gap: { estimate: null },
    });
  });

  it('counts the drafts and submitted assessments approved-only leaves out, so the screen can point to them', async () => {
    const { http, a, b, pair } = await fixture();
    const approved = (await http.get(`/api/reports/comparison?missions=${pair}`)).body as ComparisonReport;
    // UNTA: 2024Q3 and Q4 are drafts; UNTB: Q2 submitted, Q3 and Q4 drafts.
    expect(summary(approved, a.id)?.unapprovedLeftOut).toBe(2);
    expect(summary(approved, b.id)?.unapprovedLeftOut).toBe(3);
    const late = (await http.get(`/api/reports/comparison?missions=${pair}&from=2024Q3&to=2024Q4`))
      .body as ComparisonReport;
    expect(late.missions.map((m) => [m.periodsCovered.count, m.unapprovedLeftOut])).toEqual([
      [0, 2],
      [0, 2],
    ]);
    const all = (await http.get(`/api/reports/comparison?missions=${pair}&from=2024Q3&to=2024Q4&approvedOnly=0`))
      .body as ComparisonReport;
    expect(all.missions.map((m) => [m.periodsCovered.count, m.unapprovedLeftOut])).toEqual([
      [2, 0],
      [2, 0],
    ]);
    // With drafts included, every trend point says its status.
    expect(all.trendSeries.missions.map((m) => m.points.map((p) => p.status))).toEqual([
      ['draft', 'draft'],
      ['draft', 'draft'],
    ]);
  });

  describe('refuses bad parameters with a 400 naming the parameter', () => {
    const cases: [string, (ids: { a: number; b: number; m: number }) => string, string, RegExp?][] = [
      ['no missions', () => '', 'missions'],
      ['one mission', ({ a }) => `missions=${a}`, 'missions'],
      ['the same mission twice', ({ a }) => `missions=${a},${a}`, 'missions'],
      ['a non-numeric id', ({ a }) => `missions=${a},abc`, 'missions'],
      ['a zero id', ({ a }) => `missions=0,${a}`, 'missions'],
      ['more than 50 missions', () => `missions=${Array.from({ length: 51 }, (_, i) => i + 1).join(',')}`, 'missions'],
      ['an unknown mission', ({ a }) => `missions=${a},999`, 'missions', /999/],
      [
        'missions with different period types',
        ({ a, m }) => `missions=${a},${m}`,
        'missions',
        /cannot be compared: quarterly and monthly/,
      ],
      ['from after to', ({ a, b }) => `missions=${a},${b}&from=2024Q3&to=2024Q1`, 'from', /after/],
      ['a malformed period', ({ a, b }) => `missions=${a},${b}&from=2024Q9`, 'from'],
      ['from and to of different types', ({ a, b }) => `missions=${a},${b}&from=2024Q1&to=2024-06`, 'to'],
      ['a month for quarterly missions (from)', ({ a, b }) => `missions=${a},${b}&from=2024-01`, 'from', /quarterly/],
      ['a month for quarterly missions (to)', ({ a, b }) => `missions=${a},${b}&to=2024-06`, 'to', /quarterly/],
      ['a bad approvedOnly flag', ({ a, b }) => `missions=${a},${b}&approvedOnly=yes`, 'approvedOnly'],
    ];
    it.each(cases)('%s', async (_label, query, path, message) => {
      const { http, a, b, m } = await fixture();
      for (const url of ['/api/reports/comparison', '/api/reports/comparison.csv']) {
        const res = await http.get(`${url}?${query({ a: a.id, b: b.id, m: m.id })}`);
        expect(res.status).toBe(400);
        expectErrorShape(res.body);
        const issue = res.body.error.issues.find((i: { path: string }) => i.path === path);
        expect(issue, JSON.stringify(res.body)).toBeDefined();
        if (message) expect(`${res.body.error.message} ${issue.message}`).toMatch(message);
      }
    });
  });

  it('exports the same numbers as CSV, one titled table per section', async () => {
    const { http, a, pair } = await fixture();
    const res = await http.get(`/api/reports/comparison.csv?missions=${pair}&approvedOnly=0`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?cpea-comparison-start-latest\.csv"?$/);

    // A byte-order mark first, so that Excel reads the file as UTF-8.
    expect(res.text.startsWith('\uFEFF# Parameters')).toBe(true);
    const records = parseCsv(res.text, { bom: true, relax_column_count: true }) as string[][];
    const sections = new Map<string, string[][]>();
    let current: string[][] = [];
    for (const record of records) {
      if (record.length === 1 && record[0].startsWith('# ')) sections.set(record[0].slice(2), (current = []));
      else if (!(record.length === 1 && record[0] === '')) current.push(record);
    }
    expect([...sections.keys()]).toEqual([
      'Parameters',
      'Mission summary',
      'KPI comparison',
      'Overall score by period',
      'Challenge profiles',
      'Challenge heat-map (mean severity 0–4)',
      'Challenge association (not causation)',
      'Narrative highlights',
    ]);
    // Sections are set apart by a blank line.
    expect(res.text).toContain('\r\n\r\n# Mission summary\r\n');

    const table = (title: string) => {
      const [header, ...rows] = sections.get(title) as string[][];
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    };
    const untaSummary = table('Mission summary').find((r) => r.mission_acronym === 'UNTA');
    expect(untaSummary).toMatchObject({
      mission_id: String(a.id),
      latest_overall_score: '20',
      mean_overall_score: '50',
      latest_kpi_violence_reduction_score: '', // missing stays empty, not 0
      trend: 'deteriorating',
      uses_ucdp_ged: 'true',
    });
    expect(table('Parameters')).toEqual(
      expect.arrayContaining([
        { parameter: 'methodology_version', value: '2026.3' },
        { parameter: 'association_bootstrap_resamples', value: '2000' },
        { parameter: 'association_bootstrap_seed', value: '20140410' },
      ]),
    );
    const association = table('Challenge association (not causation)');
    expect(association).toHaveLength(10);
    expect(association[0]).toMatchObject({
      rank: '1',
      challenge: 'resources',
      challenge_name: 'Resource limitations',
      assessments: '7',
      missions: '2',
      between_missions_rho: '',
      within_missions_rho: '-1',
      within_missions_rho_ci_lower: '-1',
      within_missions_rho_ci_upper: '-1',
      high_assessments: '4',
      high_missions: '2',
      mean_overall_high: '40',
      low_assessments: '3',
      mean_overall_low: '70',
      effectiveness_gap: '',
      gap_note: 'too few to compare',
      sentence:
        'Too few assessments to compare where “Resource limitations” was rated high or critical (4 assessments, ' +
        '2 missions) with where it was rated none or low (3 assessments, 2 missions): each side needs at least 5 ' +
        'assessments from at least 2 missions.',
    });
    expect(table('Overall score by period')).toHaveLength(8);
    // A narrative with a comma and quotes survives RFC 4180 quoting.
    expect(table('Narrative highlights').find((r) => r.mission_acronym === 'UNTB')?.setbacks).toBe(
      'Convoy attacked, "twice"',
    );
  });

  it('neutralises formula-like text in the CSV', async () => {
    const { http, a, b, store } = await fixture();
    store.db.prepare('UPDATE missions SET name = ? WHERE id = ?').run('=HYPERLINK("http://x")', a.id);
    const res = await http.get(`/api/reports/comparison.csv?missions=${a.id},${b.id}`);
    const records = parseCsv(res.text, { relax_column_count: true }) as string[][];
    expect(records.some((r) => r.includes(`'=HYPERLINK("http://x")`))).toBe(true);
    expect(records.some((r) => r.includes('=HYPERLINK("http://x")'))).toBe(false);
  });

  it('freezes a report that stays unchanged while the live comparison moves on', async () => {
    const { http, a, b, a3, pair, store } = await fixture();
    const before = (await http.get(`/api/reports/comparison?missions=${pair}&approvedOnly=0`)).body as ComparisonReport;

    const frozen = await http
      .post('/api/reports/frozen')
      .send({ title: 'Q4 review', missions: pair, approvedOnly: false });
    expect(frozen.status).toBe(201);
    expect(frozen.body).toMatchObject({
      title: 'Q4 review',
      parameters: { missions: [a.id, b.id], approvedOnly: false },
      methodologyVersion: '2026.3',
      createdBy: { username: expect.stringMatching(/^admin-/) },
    });
    const id = frozen.body.id as number;
    const audit = store.audit.list({ entity: 'frozen_report', entityId: id, limit: 10 });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'freeze', after: { title: 'Q4 review' } });

    // UNTA 2024Q3 goes from 36 % (40) to 0 % (0): mean (80 + 60 + 0 + 20) / 4 = 40.
    const patch = await http
      .patch(`/api/assessments/${a3.id}`)
      .send({ version: a3.version, values: { threat_response_pct: 0 } });
    expect(patch.status).toBe(200);

    const read = await http.get(`/api/reports/frozen/${id}`);
    expect(read.status).toBe(200);
    const report = read.body as FrozenReport;
    expect(report).toMatchObject({ id, title: 'Q4 review', liveUnavailableReason: null });
    expect(Date.parse(report.frozenAt)).not.toBeNaN();
    const { generatedAt: _frozenAt, ...frozenParameters } = report.payload.parameters;
    const { generatedAt: _beforeAt, ...beforeParameters } = before.parameters;
    expect({ ...report.payload, parameters: frozenParameters }).toEqual({ ...before, parameters: beforeParameters });
    expect(summary(report.payload, a.id)?.mean.overall).toBe(50);
    expect(summary(report.live as ComparisonReport, a.id)?.mean.overall).toBe(40);

    const list = await http.get('/api/reports/frozen');
    expect(list.body).toEqual([expect.objectContaining({ id, title: 'Q4 review' })]);
    expect(list.body[0]).not.toHaveProperty('payload');

    // Archiving a mission keeps its assessments: the frozen copy is unchanged, and the live
    // comparison still includes it, marked archived, as the Compare screen does.
    await http.delete(`/api/missions/${b.id}`);
    const afterArchive = (await http.get(`/api/reports/frozen/${id}`)).body as FrozenReport;
    expect(afterArchive.liveUnavailableReason).toBeNull();
    expect(afterArchive.live?.missions.find((mission) => mission.missionId === b.id)).toMatchObject({ archived: true });
    expect(summary(afterArchive.live as ComparisonReport, a.id)?.mean.overall).toBe(40);
    expect(summary(afterArchive.payload, a.id)?.mean.overall).toBe(50);
  });

  it('opens a report frozen under methodology 2026.1 with the pooled association it was built with', async () => {
    const { http, pair, store } = await fixture();
    const id = (await http.post('/api/reports/frozen').send({ title: 'Before 2026.2', missions: pair })).body
      .id as number;
    // The association exactly as methodology 2026.1 stored it, written straight into the row.
    const pooled = {
      minN: 5,
      note: 'Association, not causation: missions facing a severe challenge may differ from the others in many ways.',
      assessments: 8,
      rows: [
        {
          challenge: 'resources',
          n: 7,
          nHigh: 4,
          nLow: 3,
          meanOverallHigh: 40,
          meanOverallLow: 70,
          gap: -30,
          rho: -0.9629500479668748,
          suppressed: false,
          reason: null,
        },
        {
          challenge: 'political_will',
          n: 2,
          nHigh: 1,
          nLow: 1,
          meanOverallHigh: null,
          meanOverallLow: null,
          gap: null,
          rho: null,
          suppressed: true,
          reason: 'Fewer than 5 assessments with both a score and a severity (2)',
        },
      ],
    };
    store.db
      .prepare(
        `UPDATE frozen_reports SET methodology_version = '2026.1',
           payload = json_set(payload, '$.association', json(?), '$.parameters.methodologyVersion', '2026.1')
         WHERE id = ?`,
      )
      .run(JSON.stringify(pooled), id);

    const read = await http.get(`/api/reports/frozen/${id}`);
    expect(read.status).toBe(200);
    const report = read.body as FrozenReport;
    expect(report.methodologyVersion).toBe('2026.1');
    expect(report.payload.parameters.methodologyVersion).toBe('2026.1');
    expect(report.payload.association).toEqual(pooled);
    // Beside it, the same comparison built now, by the current method.
    expect(report.live?.parameters.methodologyVersion).toBe('2026.3');
    expect(report.live?.association.method).toBe('between_within_missions');
    expect((await http.get('/api/reports/frozen')).body).toEqual([
      expect.objectContaining({ id, methodologyVersion: '2026.1' }),
    ]);
  });

  it('says which frozen report cannot be read and what failed, as the server’s fault, leaving the row alone', async () => {
    const { http, pair, store } = await fixture();
    const id = (await http.post('/api/reports/frozen').send({ title: 'Old shape', missions: pair })).body.id as number;
    // As if written by a version whose report had no trend series and counted periods in words.
    store.db
      .prepare(
        `UPDATE frozen_reports SET payload = json_set(json_remove(payload, '$.trendSeries'),
           '$.missions[0].periodsCovered.count', 'four') WHERE id = ?`,
      )
      .run(id);
    const stored = store.db.prepare('SELECT payload FROM frozen_reports WHERE id = ?').pluck().get(id);

    const read = await http.get(`/api/reports/frozen/${id}`);
    expect(read.status).toBe(500);
    expectErrorShape(read.body);
    expect(read.body.error.code).toBe('internal');
    expect(read.body.error.message).toBe(
      `Frozen report ${id} cannot be read: it is stored in a form this version does not recognise (methodology 2026.3). ` +
        'The stored copy is left unchanged; ask an administrator to look into it.',
    );
    expect(read.body.error.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'payload.missions.0.periodsCovered.count',
      'payload.trendSeries',
    ]);
    expect(JSON.stringify(read.body)).not.toMatch(/\bat .+:\d+:\d+/);
    expect(store.db.prepare('SELECT payload FROM frozen_reports WHERE id = ?').pluck().get(id)).toBe(stored);
    // The list reads no payload, so it still lists the report.
    expect((await http.get('/api/reports/frozen')).body).toEqual([expect.objectContaining({ id })]);

    store.db.prepare(`UPDATE frozen_reports SET parameters = '{"missions": "' WHERE id = ?`).run(id);
    const list = await http.get('/api/reports/frozen');
    expect(list.status).toBe(500);
    expect(list.body.error.message).toMatch(new RegExp(`^Frozen report ${id} cannot be read`));
    expect(list.body.error.issues).toEqual([{ path: 'parameters', message: 'Not JSON' }]);
  });

  it('checks the frozen report input and ids', async () => {
    const { http, pair } = await fixture();
    const noTitle = await http.post('/api/reports/frozen').send({ missions: pair });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.issues.map((i: { path: string }) => i.path)).toContain('title');
    const oneMission = await http.post('/api/reports/frozen').send({ title: 'x', missions: [1] });
    expect(oneMission.body.error.issues.map((i: { path: string }) => i.path)).toContain('missions');
    expect((await http.get('/api/reports/frozen/999')).status).toBe(404);
    expect((await http.get('/api/reports/frozen/abc')).status).toBe(400);
  });

  it('lets a viewer read reports but not freeze one, and an analyst freeze', async () => {
    const { http, signIn, anonymous, pair } = await fixture();
    const frozen = (await http.post('/api/reports/frozen').send({ title: 'Baseline', missions: pair })).body;
    const viewer = await signIn('viewer');
    expect((await viewer.get(`/api/reports/comparison?missions=${pair}`)).status).toBe(200);
    expect((await viewer.get(`/api/reports/comparison.csv?missions=${pair}`)).status).toBe(200);
    expect((await viewer.get('/api/reports/frozen')).status).toBe(200);
    expect((await viewer.get(`/api/reports/frozen/${frozen.id}`)).status).toBe(200);
    const refused = await viewer.post('/api/reports/frozen').send({ title: 'Mine', missions: pair });
    expect(refused.status).toBe(403);
    expectErrorShape(refused.body);
    const analyst = await signIn('analyst');
    expect((await analyst.post('/api/reports/frozen').send({ title: 'Mine', missions: pair })).status).toBe(201);
    expect((await anonymous.get(`/api/reports/comparison?missions=${pair}`)).status).toBe(401);
  });
});
