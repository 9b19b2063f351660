import { parse } from 'csv-parse/sync';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { CHALLENGE_IDS, ENTERED_INDICATORS } from '../../shared/src/catalog';
import { importResultSchema, wideColumns } from '../../shared/src/imports';
import { seedDemoPortfolio } from '../../server/src/services/demo-seed';
import { MAX_IMPORT_ROWS } from '../../server/src/services/imports';
import { expectErrorShape, testApp } from './helpers';
import { addAssessment, addMission, approve, asText, auditCount, dumpAssessments } from './csv-helpers';

type Row = Record<string, string | number | null>;

/** The columns an import needs, nothing computed. */
const MINIMAL = [
  'mission_id',
  'period',
  ...ENTERED_INDICATORS.map((i) => i.id),
  ...CHALLENGE_IDS.map((c) => `challenge_${c}`),
];

/** A CSV written independently of the server's writer. */
function csv(rows: Row[], columns = MINIMAL, eol = '\n'): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value == null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join(eol) + eol;
}

async function setup() {
  const ctx = await testApp();
  const mission = addMission(ctx.store, { acronym: 'UNTM' });
  const monthly = addMission(ctx.store, { acronym: 'MON', periodType: 'month' });
  const post = (body: string | Buffer, query = '', agent = ctx.http) =>
    agent.post(`/api/import/assessments${query}`).set('Content-Type', 'text/csv').send(body);
  return { ...ctx, mission, monthly, post };
}

describe('POST /api/import/assessments', () => {
  it('creates new assessments and updates existing ones by (mission, period), changing only what differs', async () => {
    const { store, db, mission, post } = await setup();
    const existing = addAssessment(store, mission.id, {
      period: '2024Q1',
      values: { violent_incidents: 10, conflict_fatalities: 4, capability_rating: 2 },
      challenges: { resources: { severity: 2, note: 'Fuel shortages' }, coordination: { severity: 1, note: 'Kept' } },
      narrative: { achievements: 'Before', setbacks: 'Kept setbacks', lessons: '' },
    });
    const auditsBefore = auditCount(db);
    const file = csv(
      [
        // Changes one value, clears another, changes a severity, keeps the rest.
        {
          mission_id: mission.id,
          period: '2024Q1',
          violent_incidents: 10,
          conflict_fatalities: 5,
          challenge_resources: 3,
          challenge_coordination: 1,
          narrative_achievements: 'After',
        },
        {
          mission_id: mission.id,
          period: '2024Q2',
          violent_incidents: 7,
          disputes_recorded: 4,
          disputes_resolved: 1,
          challenge_impartiality: 0,
          narrative_lessons: 'New',
        },
      ],
      [...MINIMAL, 'narrative_achievements', 'narrative_lessons'],
    );
    const res = await post(file);
    expect(res.status).toBe(200);
    expect(importResultSchema.parse(res.body)).toEqual({
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
      missions: [{ id: mission.id, acronym: mission.acronym }],
      errors: [],
      separator: ',',
    });

    const updated = store.assessments.get(existing.id)!;
    expect(updated.values).toEqual({ violent_incidents: 10, conflict_fatalities: 5 });
    expect(updated.provenance).toEqual({ violent_incidents: 'manual', conflict_fatalities: 'csv' });
    expect(updated.challenges.resources).toEqual({ severity: 3, note: 'Fuel shortages' });
    expect(updated.challenges.coordination).toEqual({ severity: 1, note: 'Kept' });
    // Narrative columns the file does not have are left alone.
    expect(updated.narrative).toEqual({ achievements: 'After', setbacks: 'Kept setbacks', lessons: '' });
    expect(updated.version).toBe(2);

    const createdId = store.assessments.idForPeriod(mission.id, '2024Q2')!;
    const created = store.assessments.get(createdId)!;
    expect(created).toMatchObject({
      status: 'draft',
      values: { violent_incidents: 7, disputes_recorded: 4, disputes_resolved: 1 },
      provenance: { violent_incidents: 'csv', disputes_recorded: 'csv', disputes_resolved: 'csv' },
      challenges: { impartiality: { severity: 0, note: '' } },
      narrative: { achievements: '', setbacks: '', lessons: 'New' },
    });

    // One audit row for the import, with its counts, and one per assessment written.
    expect(auditCount(db)).toBe(auditsBefore + 3);
    const imports = db.prepare("SELECT action, after FROM audit_log WHERE entity = 'import'").all() as {
      action: string;
      after: string;
    }[];
    expect(imports).toHaveLength(1);
    expect(JSON.parse(imports[0].after)).toEqual({
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
      missions: [mission.id],
      separator: ',',
    });
  });

  it('round trip: the demo portfolio exported wide and imported again changes nothing', async () => {
    const { http, store, db, post } = await setup();
    seedDemoPortfolio(store);
    const exported = await http.get('/api/export/assessments.csv?names=1').buffer(true).parse(asText);
    expect(exported.status).toBe(200);
    const exportedRows = parse(exported.body as string, { columns: true }) as Record<string, string>[];
    const before = dumpAssessments(db);
    const active = db
      .prepare('SELECT count(*) AS n FROM assessments a JOIN missions m ON m.id = a.mission_id WHERE m.archived = 0')
      .get() as { n: number };
    expect(exportedRows.length).toBe(active.n);
    expect(exportedRows.length).toBeGreaterThan(50);
    // The portfolio has approved and submitted assessments, UCDP-sourced values and multi-line narratives.
    expect(new Set(exportedRows.map((r) => r.status))).toEqual(new Set(['approved', 'submitted', 'draft']));

    const dry = await post(exported.body as string, '?dryRun=1');
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual([]);
    const res = await post(exported.body as string);
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.created).toBe(0);
    expect(res.body.updated).toBe(0);
    expect(res.body.unchanged).toBe(exportedRows.length);
    expect(res.body.rows).toBe(exportedRows.length);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('round trip on a fresh database: challenge notes and data sources come back, and the second export is byte-identical', async () => {
    // The clock stands still, so the import stamps its assessments as the first database did.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-02-03T04:05:06.789Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const first = await setup();
    addAssessment(first.store, first.mission.id, {
      period: '2024Q1',
      values: { violent_incidents: 12, conflict_fatalities: 30, capability_rating: 3, threat_response_pct: 62.5 },
      challenges: {
        resources: { severity: 3, note: 'Fuel, "trucks"\nand spares' },
        coordination: { severity: null, note: '=not a formula' },
        impartiality: { severity: 1, note: '' },
      },
      narrative: { achievements: 'Patrols resumed', setbacks: '', lessons: 'Plan fuel; early' },
    });
    addAssessment(first.store, first.mission.id, {
      period: '2024Q2',
      values: { violent_incidents: 9, disputes_recorded: 4, disputes_resolved: 3 },
      challenges: { political_will: { severity: 2, note: 'Élections reportées' } },
    });
    first.db
      .prepare(
        "UPDATE assessment_values SET provenance = 'ucdp_ged' WHERE indicator_id IN ('violent_incidents', 'conflict_fatalities')",
      )
      .run();
    const exported = await first.http.get('/api/export/assessments.csv').buffer(true).parse(asText);
    const [q1, q2] = parse(exported.body as string, { bom: true, columns: true }) as Record<string, string>[];
    expect(q1).toMatchObject({
      challenge_resources_note: 'Fuel, "trucks"\nand spares',
      challenge_coordination: '',
      challenge_coordination_note: "'=not a formula",
      challenge_impartiality_note: '',
      source_violent_incidents: 'ucdp_ged',
      source_conflict_fatalities: 'ucdp_ged',
      source_capability_rating: 'manual',
      source_disputes_recorded: '',
    });
    expect(q2).toMatchObject({
      challenge_political_will_note: 'Élections reportées',
      source_disputes_resolved: 'manual',
    });

    const second = await setup();
    const res = await second.post(exported.body as string);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2, updated: 0, errors: [] });
    const q1Again = second.store.assessments.get(second.store.assessments.idForPeriod(second.mission.id, '2024Q1')!)!;
    expect(q1Again.challenges.coordination).toEqual({ severity: null, note: '=not a formula' });
    expect(q1Again.provenance).toMatchObject({ violent_incidents: 'ucdp_ged', capability_rating: 'manual' });
    const again = await second.http.get('/api/export/assessments.csv').buffer(true).parse(asText);
    expect(again.body).toBe(exported.body);
  });

  it('a changed value takes the source its file names, csv when none; a note column changes the note', async () => {
    const { store, mission, post } = await setup();
    const existing = addAssessment(store, mission.id, {
      period: '2024Q1',
      values: { violent_incidents: 10, conflict_fatalities: 4 },
      challenges: { resources: { severity: 2, note: 'Old note' } },
    });
    const file = csv(
      [
        {
          mission_id: mission.id,
          period: '2024Q1',
          violent_incidents: 11,
          source_violent_incidents: 'ucdp_ged',
          conflict_fatalities: 5,
          challenge_resources: 2,
          challenge_resources_note: 'New note',
        },
        { mission_id: mission.id, period: '2024Q2', violent_incidents: 1, source_violent_incidents: 'survey' },
      ],
      [...MINIMAL, 'source_violent_incidents', 'challenge_resources_note'],
    );
    const refused = await post(file);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      {
        row: 3,
        column: 'source_violent_incidents',
        message: 'Write the source as manual, csv, ucdp_ged or leave it empty, not "survey"',
      },
    ]);
    const res = await post(file.replace(',survey,', ',,'));
    expect(res.status).toBe(200);
    const updated = store.assessments.get(existing.id)!;
    expect(updated.provenance).toEqual({ violent_incidents: 'ucdp_ged', conflict_fatalities: 'csv' });
    expect(updated.challenges.resources).toEqual({ severity: 2, note: 'New note' });
  });

  it('round trip: values with seventeen significant digits come back exactly', async () => {
    const { http, store, db, mission, post } = await setup();
    addAssessment(store, mission.id, {
      period: '2024Q1',
      values: { threat_response_pct: 100 / 3, local_led_operations_pct: 0.1 + 0.2, violent_incidents: 1e9 },
      narrative: { achievements: "'=already guarded", setbacks: '=SUM(A1)', lessons: '"quoted"\nand, more' },
    });
    const exported = await http.get('/api/export/assessments.csv').buffer(true).parse(asText);
    const [row] = parse(exported.body as string, { columns: true }) as Record<string, string>[];
    expect(row.threat_response_pct).toBe(String(100 / 3));
    expect(row.local_led_operations_pct).toBe('0.30000000000000004');
    expect(row.narrative_achievements).toBe("''=already guarded");
    const before = dumpAssessments(db);
    const res = await post(exported.body as string);
    expect(res.body).toEqual({
      rows: 1,
      created: 0,
      updated: 0,
      unchanged: 1,
      missions: [],
      errors: [],
      separator: ',',
    });
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('imports the valid rows only when asked, giving the rejected rows back as a CSV with the reason; all or nothing still refuses everything', async () => {
    const { store, db, mission, post, signIn } = await setup();
    const submitted = addAssessment(store, mission.id, { period: '2023Q4', values: { violent_incidents: 2 } });
    approve(store, submitted.id);
    const columns = [...MINIMAL, 'narrative_lessons'];
    const file = csv(
      [
        { mission_id: mission.id, period: '2024Q1', violent_incidents: 5, narrative_lessons: 'Good row' },
        { mission_id: mission.id, period: '2024Q2', violent_incidents: -1, narrative_lessons: '=HYPERLINK("x")' },
        { mission_id: mission.id, period: '2024Q3', disputes_recorded: 2, disputes_resolved: 3 },
        { mission_id: mission.id, period: '2023Q4', violent_incidents: 9 },
        { mission_id: mission.id, period: '2024Q4', violent_incidents: 6, narrative_lessons: 'Also; good' },
      ],
      columns,
    );
    const before = dumpAssessments(db);
    const refused = await post(file);
    expect(refused.status).toBe(422);
    expect(refused.body.rejected).toBeUndefined();
    expect(dumpAssessments(db)).toEqual(before);

    const analyst = await signIn('analyst');
    const res = await post(file, '?validRowsOnly=1', analyst);
    expect(res.status).toBe(200);
    const result = importResultSchema.parse(res.body);
    expect(result).toMatchObject({ rows: 5, created: 2, updated: 0, unchanged: 0 });
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5]);
    expect(store.assessments.idForPeriod(mission.id, '2024Q1')).not.toBeNull();
    expect(store.assessments.idForPeriod(mission.id, '2024Q4')).not.toBeNull();
    expect(store.assessments.idForPeriod(mission.id, '2024Q2')).toBeNull();

    expect(result.rejected?.rows).toBe(3);
    const [header, ...rejected] = parse(result.rejected!.csv) as string[][];
    expect(header).toEqual([...columns, 'reason']);
    expect(rejected.map((row) => row[columns.indexOf('period')])).toEqual(['2024Q2', '2024Q3', '2023Q4']);
    const reasons = rejected.map((row) => row.at(-1));
    expect(reasons[0]).toBe('violent_incidents: Violent incidents cannot be negative');
    expect(reasons[1]).toBe('disputes_resolved: Disputes resolved (3) cannot exceed disputes recorded (2)');
    expect(reasons[2]).toMatch(/^violent_incidents: UNTM 2023Q4 is approved and cannot change/);
    // A formula stays guarded in the file given back.
    expect(rejected[0][columns.indexOf('narrative_lessons')]).toBe(`'=HYPERLINK("x")`);

    // The rejected rows, corrected, import as they are: the reason column is ignored.
    const corrected = result.rejected!.csv.replace(',-1,', ',1,');
    const again = await post(corrected.split('\r\n').slice(0, 2).join('\r\n'), '', analyst);
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(1);
  });

  it('with the valid rows only, a fault in the file as a whole still refuses everything', async () => {
    const { db, mission, post } = await setup();
    const before = dumpAssessments(db);
    const badHeader = csv([{ mission_id: mission.id, period: '2024Q1', violent_incidents: 1 }], [...MINIMAL, 'bogus']);
    const res = await post(badHeader, '?validRowsOnly=1');
    expect(res.status).toBe(422);
    expectErrorShape(res.body);
    expect(res.body.rejected).toBeUndefined();
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('with the valid rows only, a semicolon file gets its rejected rows back with semicolons', async () => {
    const { mission, post } = await setup();
    const file = csv([
      { mission_id: mission.id, period: '2024Q1', threat_response_pct: '12,5' },
      { mission_id: mission.id, period: '2024Q2', threat_response_pct: '120' },
    ])
      .replace(/,/g, ';')
      .replace(/"12;5"/, '12,5');
    const res = await post(file, '?validRowsOnly=1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 1, separator: ';', rejected: { rows: 1 } });
    const lines = (res.body.rejected.csv as string).split('\r\n');
    expect(lines[0].endsWith(';reason')).toBe(true);
    expect(lines[1]).toMatch(/^\d+;2024Q2;/);
  });

  it('a dry run reports the same counts and errors and writes nothing', async () => {
    const { store, db, mission, post } = await setup();
    addAssessment(store, mission.id, { period: '2024Q1', values: { violent_incidents: 1 } });
    const good = csv([
      { mission_id: mission.id, period: '2024Q1', violent_incidents: 2 },
      { mission_id: mission.id, period: '2024Q2', violent_incidents: 3 },
    ]);
    const before = dumpAssessments(db);
    const audits = auditCount(db);
    const dry = await post(good, '?dryRun=1');
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
      missions: [{ id: mission.id, acronym: mission.acronym }],
      errors: [],
      separator: ',',
    });
    const bad = csv([{ mission_id: mission.id, period: '2024Q3', violent_incidents: -1 }]);
    const dryBad = await post(bad, '?dryRun=true');
    expect(dryBad.status).toBe(200);
    expect(dryBad.body.errors).toEqual([
      { row: 2, column: 'violent_incidents', message: 'Violent incidents cannot be negative' },
    ]);
    expect(dumpAssessments(db)).toEqual(before);
    expect(auditCount(db)).toBe(audits);
  });

  it('is all or nothing: one bad row among good ones and nothing is written', async () => {
    const { db, mission, post } = await setup();
    const before = dumpAssessments(db);
    const audits = auditCount(db);
    const rows: Row[] = Array.from({ length: 20 }, (_, i) => ({
      mission_id: mission.id,
      period: `${2020 + Math.floor(i / 4)}Q${(i % 4) + 1}`,
      violent_incidents: i,
    }));
    rows[13].capability_rating = 9;
    const res = await post(csv(rows));
    expect(res.status).toBe(422);
    expectErrorShape(res.body);
    expect(res.body.error.code).toBe('unprocessable');
    expect(res.body.error.issues).toEqual([
      { path: 'row 15.capability_rating', message: 'Capability rating is rated from 1 to 5' },
    ]);
    expect(importResultSchema.parse(res.body)).toEqual({
      rows: 20,
      created: 19,
      updated: 0,
      unchanged: 0,
      missions: [{ id: mission.id, acronym: mission.acronym }],
      errors: [{ row: 15, column: 'capability_rating', message: 'Capability rating is rated from 1 to 5' }],
      separator: ',',
    });
    expect(dumpAssessments(db)).toEqual(before);
    expect(auditCount(db)).toBe(audits);
  });

  it('refuses unknown and missing columns with 422 naming each, and ignores computed columns', async () => {
    const { mission, post } = await setup();
    const columns = [
      ...MINIMAL.filter((c) => c !== 'violent_incidents' && c !== 'challenge_resources'),
      'morale',
      'notes',
    ];
    const res = await post(csv([{ mission_id: mission.id, period: '2024Q1' }], columns));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { row: 1, column: 'morale', message: 'Unknown column "morale"' },
      { row: 1, column: 'notes', message: 'Unknown column "notes"' },
      { row: 1, column: 'violent_incidents', message: 'The required column "violent_incidents" is missing' },
      { row: 1, column: 'challenge_resources', message: 'The required column "challenge_resources" is missing' },
    ]);
    expect(res.body.rows).toBe(0);

    // Everything the export writes is accepted; the computed cells are ignored, even when wrong.
    const full = csv(
      [
        {
          mission_id: mission.id,
          mission_name: 'Anything',
          mission_acronym: 'UNTM',
          period: '2024Q1',
          status: 'approved',
          overall_score: 999,
          dispute_resolution_rate: -5,
          kpi_local_capacity_score: 'x',
          completeness: 'y',
          updated_at: 'yesterday',
          violent_incidents: 4,
        },
      ],
      wideColumns(true),
    );
    const ok = await post(full);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ created: 1, errors: [] });
  });

  it('refuses a header that names a column twice', async () => {
    const { mission, post } = await setup();
    const res = await post(csv([{ mission_id: mission.id, period: '2024Q1' }], [...MINIMAL, 'period']));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { row: 1, column: 'period', message: 'The column "period" appears more than once' },
    ]);
  });

  it('refuses a file that is not the wide format (a UCDP GED file) naming the missing columns', async () => {
    const { post } = await setup();
    const res = await post('id,country,adm_1,date_start,best,deaths_civilians\n1,Mali,,2020-01-01,3,0\n');
    expect(res.status).toBe(422);
    const columns = res.body.errors.map((e: { column: string }) => e.column);
    expect(columns).toEqual(
      expect.arrayContaining([
        'id',
        'country',
        'mission_id',
        'period',
        'violent_incidents',
        'challenge_evolving_threats',
      ]),
    );
    expect(res.body.errors.every((e: { row: number }) => e.row === 1)).toBe(true);
  });

  it('reports every bad row with its row and column', async () => {
    const { mission, monthly, post } = await setup();
    const rows: Row[] = [
      {
        mission_id: mission.id,
        period: '2024Q1',
        violent_incidents: 'abc',
        threat_response_pct: 101,
        challenge_resources: 5,
      },
      {
        mission_id: mission.id,
        period: '2024Q2',
        violent_incidents: 1.5,
        capability_rating: 0,
        challenge_political_will: 'high',
      },
      { mission_id: mission.id, period: '2024Q3', disputes_recorded: 3, disputes_resolved: 4 },
      { mission_id: mission.id, period: '2024Q4', disputes_resolved: 2 },
      { mission_id: mission.id, period: '2024Q5' },
      { mission_id: mission.id, period: '2024-03' },
      { mission_id: monthly.id, period: '2024Q1' },
      { mission_id: 999, period: '2024Q1' },
      { mission_id: 'one', period: '' },
      { mission_id: mission.id, mission_acronym: 'WRONG', period: '2025Q1', narrative_setbacks: 'x'.repeat(20_001) },
      { mission_id: mission.id, period: '2025Q2', violent_incidents: 5 },
    ];
    const res = await post(csv(rows, [...MINIMAL, 'mission_acronym', 'narrative_setbacks']));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { row: 2, column: 'violent_incidents', message: 'Violent incidents must be a number, not "abc"' },
      { row: 2, column: 'threat_response_pct', message: 'Threats to civilians answered cannot exceed 100 %' },
      { row: 2, column: 'challenge_resources', message: 'Severity is from 0 (none) to 4 (critical)' },
      { row: 3, column: 'violent_incidents', message: 'Violent incidents must be a whole number' },
      { row: 3, column: 'capability_rating', message: 'Capability rating is rated from 1 to 5' },
      {
        row: 3,
        column: 'challenge_political_will',
        message: 'Write the severity as a whole number from 0 (none) to 4 (critical), not "high"',
      },
      { row: 4, column: 'disputes_resolved', message: 'Disputes resolved (4) cannot exceed disputes recorded (3)' },
      { row: 5, column: 'disputes_recorded', message: 'Enter the disputes recorded when you enter disputes resolved' },
      { row: 6, column: 'period', message: '"2024Q5": Write the period as a quarter (2024Q1) or a month (2024-03)' },
      { row: 7, column: 'period', message: 'UNTM reports by quarter: write the period like 2024Q1, not 2024-03' },
      { row: 8, column: 'period', message: 'MON reports by month: write the period like 2024-03, not 2024Q1' },
      { row: 9, column: 'mission_id', message: 'No mission with id 999' },
      { row: 10, column: 'mission_id', message: '"one" is not a mission id' },
      { row: 10, column: 'period', message: 'The period is missing' },
      { row: 11, column: 'mission_acronym', message: `Mission ${mission.id} is UNTM, not "WRONG"` },
      { row: 11, column: 'narrative_setbacks', message: 'At most 20,000 characters' },
    ]);
    expect(res.body).toMatchObject({ rows: 11, created: 1 });
  });

  it('refuses duplicate (mission, period) rows, naming the first', async () => {
    const { mission, post } = await setup();
    const res = await post(
      csv([
        { mission_id: mission.id, period: '2024Q1', violent_incidents: 1 },
        { mission_id: mission.id, period: '2024Q2', violent_incidents: 1 },
        { mission_id: mission.id, period: '2024Q1', violent_incidents: 2 },
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ row: 4, column: 'period', message: 'UNTM 2024Q1 is already in row 2' }]);
  });

  it('refuses a change to a submitted or approved assessment but accepts it unchanged', async () => {
    const { store, db, mission, post } = await setup();
    const locked = addAssessment(store, mission.id, {
      period: '2024Q1',
      values: { violent_incidents: 5 },
      challenges: { resources: { severity: 2, note: '' } },
    });
    approve(store, locked.id);
    const same = { mission_id: mission.id, period: '2024Q1', violent_incidents: 5, challenge_resources: 2 };
    const ok = await post(csv([same]));
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({
      rows: 1,
      created: 0,
      updated: 0,
      unchanged: 1,
      missions: [],
      errors: [],
      separator: ',',
    });

    const before = dumpAssessments(db);
    const res = await post(
      csv([
        { ...same, violent_incidents: 6 },
        { mission_id: mission.id, period: '2024Q2', violent_incidents: 1 },
      ]),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      {
        row: 2,
        column: 'violent_incidents',
        message:
          'UNTM 2024Q1 is approved and cannot change (violent_incidents); an admin must reopen it to draft first',
      },
    ]);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('refuses new assessments for an archived mission', async () => {
    const { http, mission, post } = await setup();
    await http.delete(`/api/missions/${mission.id}`);
    const res = await post(csv([{ mission_id: mission.id, period: '2024Q1', violent_incidents: 1 }]));
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({
      row: 2,
      column: 'mission_id',
      message: expect.stringContaining('archived'),
    });
  });

  it('reads a BOM, CRLF and LF line ends, quoted newlines, quotes and neutralised cells', async () => {
    const { store, mission, post } = await setup();
    const columns = [...MINIMAL, 'narrative_achievements', 'narrative_setbacks', 'narrative_lessons'];
    const rows: Row[] = [
      {
        mission_id: mission.id,
        period: '2024Q1',
        violent_incidents: 3,
        narrative_achievements: 'Line one\r\nline "two", with a comma',
        narrative_setbacks: "'=SUM(A1:A9)",
        narrative_lessons: "'-3 is a formula to a spreadsheet; ''=x keeps one quote",
      },
      {
        mission_id: mission.id,
        period: '2024Q2',
        violent_incidents: 4,
        narrative_achievements: 'Ünïcødé — 平和',
        narrative_lessons: '-3',
      },
    ];
    const text = `\uFEFF${csv(rows, columns, '\r\n')}`;
    // A bad row after the multi-line cell is counted by records, as a spreadsheet shows them.
    const withBadRow = `${text}${mission.id},2024Q3,x${','.repeat(columns.length - 3)}\n`;
    const refused = await post(withBadRow);
    expect(refused.body.errors).toEqual([
      { row: 4, column: 'violent_incidents', message: 'Violent incidents must be a number, not "x"' },
    ]);

    const res = await post(Buffer.from(text, 'utf8'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 2, created: 2, errors: [] });
    const q1 = store.assessments.get(store.assessments.idForPeriod(mission.id, '2024Q1')!)!;
    expect(q1.narrative).toEqual({
      achievements: 'Line one\r\nline "two", with a comma',
      setbacks: '=SUM(A1:A9)',
      lessons: "-3 is a formula to a spreadsheet; ''=x keeps one quote",
    });
    const q2 = store.assessments.get(store.assessments.idForPeriod(mission.id, '2024Q2')!)!;
    expect(q2.narrative.achievements).toBe('Ünïcødé — 平和');
    expect(q2.narrative.lessons).toBe('-3');

    // Mixed line ends in one file are fine too; text/plain is not (tests/api/same-origin.test.ts).
    const mixed = `${columns.join(',')}\r\n${mission.id},2024Q3,1${','.repeat(columns.length - 3)}\n`;
    const lines = await post(mixed);
    expect(lines.status).toBe(200);
    expect(lines.body).toMatchObject({ created: 1 });
  });

  it('reads a semicolon-separated file with decimal commas, as French Excel saves it, and says which separator it read', async () => {
    const { store, mission, post } = await setup();
    const cells = { mission_id: mission.id, violent_incidents: '3', local_led_operations_pct: '12,5' };
    const semicolonFile = (period: string, values: Row = {}) =>
      `${MINIMAL.join(';')}\r\n${MINIMAL.map((c) => ({ ...cells, period, ...values })[c] ?? '').join(';')}\r\n`;
    const dryRun = await post(`\uFEFF${semicolonFile('2024Q1')}`, '?dryRun=1');
    expect(dryRun.body).toMatchObject({ rows: 1, created: 1, errors: [], separator: ';' });

    const res = await post(`\uFEFF${semicolonFile('2024Q1')}`);
    expect(res.status).toBe(200);
    const saved = store.assessments.get(store.assessments.idForPeriod(mission.id, '2024Q1')!)!;
    expect(saved.values).toMatchObject({ violent_incidents: 3, local_led_operations_pct: 12.5 });

    // 1,250 could be a thousands separator: it is refused, not read as 1.25.
    const thousands = await post(semicolonFile('2024Q2', { violent_incidents: '1,250' }));
    expect(thousands.body.errors).toEqual([expect.objectContaining({ column: 'violent_incidents' })]);
    // A comma file says so, and a decimal comma there is a mistake, not 12.5.
    const commas = await post(csv([{ ...cells, period: '2024Q2' }]));
    expect(commas.body).toMatchObject({ separator: ',', errors: [{ column: 'local_led_operations_pct' }] });
  });

  it('reads a file sent in pieces that split a character, a BOM and a row, as the whole file', async () => {
    const { store, mission, http, db } = await setup();
    const columns = [...MINIMAL, 'narrative_lessons'];
    const rows = ['2024Q1', '2024Q2', '2024Q3'].map((period) => ({
      mission_id: mission.id,
      period,
      violent_incidents: 1,
      narrative_lessons: `Leçons — ${period} 平和`,
    }));
    const bytes = Buffer.from(`\uFEFF${csv(rows, columns)}`, 'utf8');
    const cuts = [1, bytes.indexOf('ç') + 1, bytes.indexOf('平') + 2, bytes.indexOf('2024Q2') + 3, bytes.length];
    // Each write is sent as a chunk of its own (no length declared), and received as one or more.
    const send = (pieces: Buffer[]) => {
      const req = http.post('/api/import/assessments').set('Content-Type', 'text/csv');
      for (const piece of pieces) req.write(piece);
      return req;
    };
    const pieces = cuts.map((end, i) => bytes.subarray(cuts[i - 1] ?? 0, end));
    const res = await send(pieces);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 3, created: 3, errors: [] });
    for (const { period, narrative_lessons } of rows) {
      const stored = store.assessments.get(store.assessments.idForPeriod(mission.id, period)!)!;
      expect(stored.narrative.lessons).toBe(narrative_lessons);
    }

    // A byte that is not UTF-8 in a later piece is found at its place in the whole file.
    const before = dumpAssessments(db);
    const bad = Buffer.concat([bytes, Buffer.from(`${mission.id},2024Q4,caf\xe9\n`, 'latin1')]);
    const badAt = bad.indexOf(0xe9);
    const refused = await send([bad.subarray(0, 100), bad.subarray(100, badAt - 1), bad.subarray(badAt - 1)]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(`byte ${badAt} (line 5)`);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('refuses bytes that are not UTF-8 with 400 naming the byte and line', async () => {
    const { post, db } = await setup();
    const before = dumpAssessments(db);
    const head = Buffer.from(`${MINIMAL.join(',')}\n1,2024Q1,`, 'utf8');
    const latin1 = Buffer.from('caf\xe9', 'latin1');
    const res = await post(Buffer.concat([head, latin1, Buffer.from('\n')]));
    expect(res.status).toBe(400);
    expectErrorShape(res.body);
    expect(res.body.error.message).toContain(`byte ${head.length + 3} (line 2)`);
    expect(dumpAssessments(db)).toEqual(before);
  });

  it('answers an empty file with 422 and a header-only file with nothing to do', async () => {
    const { post } = await setup();
    for (const body of ['', '\uFEFF', '\n\n']) {
      const res = await post(body);
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ row: 1, column: null, message: expect.stringContaining('empty') }]);
    }
    const headerOnly = await post(`${MINIMAL.join(',')}\n`);
    expect(headerOnly.status).toBe(200);
    expect(headerOnly.body).toEqual({
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      missions: [],
      errors: [],
      separator: ',',
    });
  });

  it('refuses broken CSV (an unclosed quote) and rows with the wrong number of cells', async () => {
    const { mission, post } = await setup();
    const header = MINIMAL.join(',');
    const short = await post(`${header}\n${mission.id},2024Q1,1\n`);
    expect(short.status).toBe(422);
    expect(short.body.errors).toEqual([
      { row: 2, column: null, message: `This row has 3 cells; the header has ${MINIMAL.length}` },
    ]);
    const unclosed = await post(`${header}\n${mission.id},2024Q1,"1${','.repeat(MINIMAL.length - 3)}\n`);
    expect(unclosed.status).toBe(422);
    expect(unclosed.body.errors[0]).toMatchObject({
      row: 2,
      column: null,
      message: expect.stringContaining('not valid CSV'),
    });
  });

  it('answers a 50 MB file with a clear result, and a larger-than-limit one with 413', async () => {
    const { mission, post } = await setup();
    // Every row names a mission that does not exist: a systematic mistake in a very large file,
    // whose rows carry lessons learnt, so that it stays under the row limit.
    const line = `999,2024Q1,1,2,4,3,5,60,3,7,80,9,${'1,'.repeat(CHALLENGE_IDS.length)}${'Lessons. '.repeat(70)}\n`;
    const count = Math.ceil((50 * 1024 * 1024) / line.length);
    expect(count).toBeLessThan(MAX_IMPORT_ROWS);
    const body = Buffer.from([...MINIMAL, 'narrative_lessons'].join(',') + '\n' + line.repeat(count));
    expect(body.length).toBeGreaterThan(50 * 1024 * 1024);
    const res = await post(body);
    expect(res.status).toBe(422);
    expect(res.body.rows).toBe(count);
    expect(res.body.errors).toHaveLength(1001);
    expect(res.body.errors[0]).toEqual({ row: 2, column: 'mission_id', message: 'No mission with id 999' });
    expect(res.body.errors[1000]).toEqual({
      row: null,
      column: null,
      message: expect.stringMatching(/^Checking stopped after the first 1,000 errors/),
    });

    const tooLarge = await post(Buffer.alloc(61 * 1024 * 1024, 'a'));
    expect(tooLarge.status).toBe(413);
    expectErrorShape(tooLarge.body);
    void mission;
  }, 60_000);

  it('needs the analyst role and a CSV body', async () => {
    const { signIn, anonymous, mission, post } = await setup();
    const file = csv([{ mission_id: mission.id, period: '2024Q1' }]);
    const viewer = await signIn('viewer');
    const refused = await post(file, '', viewer);
    expect(refused.status).toBe(403);
    expectErrorShape(refused.body);
    expect((await anonymous.post('/api/import/assessments').set('Content-Type', 'text/csv').send(file)).status).toBe(
      401,
    );
    const analyst = await signIn('analyst');
    expect((await post(file, '', analyst)).status).toBe(200);
    const json = await analyst.post('/api/import/assessments').send({ rows: [] });
    expect(json.status).toBe(415);
    expectErrorShape(json.body);
    expect((await post(file, '?dryRun=maybe', analyst)).status).toBe(400);
  });
});
