import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../server/src/db/connection';
import { MIGRATIONS_DIR, migrate } from '../../server/src/db/migrate';
import { createStore } from '../../server/src/db/store';
import { missionScores } from '../../server/src/services/scores';
import { missionTargets } from '../../server/src/services/targets';

/** The real migration files up to `last`, in a directory of their own. */
function migrationsUpTo(last: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpea-migrations-'));
  for (const name of fs.readdirSync(MIGRATIONS_DIR)) {
    if (Number(name.slice(0, 4)) <= last) fs.copyFileSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name));
  }
  return dir;
}

const NOW = '2024-06-01T00:00:00.000Z';
const PUBLISHED = '{"overall":50,"band":null,"completeness":0.25,"kpis":[],"flags":[]}';

/**
 * A database at schema 0004: mission 1 relies on the "first assessed value" default (its first
 * value, 40, is in a draft, as the default allowed) and sets a target for fatalities only and
 * its own KPI weights; mission 2 (monthly) typed a baseline; mission 3 has no data at all.
 */
function databaseAtSchema4(): Db {
  const db = openDatabase(':memory:');
  migrate(db, migrationsUpTo(5));
  const mission = db.prepare(
    `INSERT INTO missions (id, name, acronym, country, mission_type, lead_organisation, setting, start_date, period_type, created_at, updated_at)
     VALUES (?, ?, ?, 'CAF', 'peacekeeping', 'UN', 'mixed', ?, ?, ?, ?)`,
  );
  mission.run(1, 'First', 'ONE', '2020-02-15', 'quarter', NOW, NOW);
  mission.run(2, 'Second', 'TWO', '2021-05-01', 'month', NOW, NOW);
  mission.run(3, 'Third', 'THR', '2022-12-31', 'quarter', NOW, NOW);
  const target = db.prepare(
    'INSERT INTO mission_targets (mission_id, indicator_id, baseline, target, weight) VALUES (?, ?, ?, ?, ?)',
  );
  target.run(1, 'conflict_fatalities', null, 5, 2);
  target.run(2, 'violent_incidents', 70, null, 1);
  db.prepare(
    "INSERT INTO mission_kpi_weights (mission_id, kpi_id, weight) VALUES (1, 'violence_reduction', 0.5)",
  ).run();
  const assessment = db.prepare(
    `INSERT INTO assessments (id, mission_id, period, period_ordinal, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const value = db.prepare(
    "INSERT INTO assessment_values (assessment_id, indicator_id, value, provenance) VALUES (?, ?, ?, 'manual')",
  );
  const rows: [number, number, string, number, string, Record<string, number>][] = [
    [1, 1, '2020Q1', 8080, 'draft', { violent_incidents: 40 }],
    [2, 1, '2020Q2', 8081, 'approved', { violent_incidents: 30, conflict_fatalities: 12 }],
    [3, 1, '2020Q3', 8082, 'submitted', { violent_incidents: 20, conflict_fatalities: 8 }],
    [4, 2, '2021-06', 2021 * 12 + 5, 'draft', { violent_incidents: 35, civilian_casualties: 9 }],
  ];
  for (const [id, missionId, period, ordinal, status, values] of rows) {
    assessment.run(id, missionId, period, ordinal, status, NOW, NOW);
    for (const [indicator, v] of Object.entries(values)) value.run(id, indicator, v);
  }
  db.prepare(
    `INSERT INTO published_scores (assessment_id, score, settings, settings_version_id, methodology_version, published_at, published_by)
     VALUES (2, ?, '{}', NULL, '1', ?, NULL)`,
  ).run(PUBLISHED, NOW);
  return db;
}

const TABLES = ['missions', 'assessments', 'assessment_values', 'published_scores'];
const dump = (db: Db) =>
  Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));

describe('migration 0005: settings versions', () => {
  it('keeps every row, makes the settings in force version 1 and writes down the first values relied on', () => {
    const db = databaseAtSchema4();
    const before = dump(db);
    expect(migrate(db, migrationsUpTo(6)).applied).toEqual(['0006_settings_versions.sql']);
    expect(dump(db)).toEqual(before);
    migrate(db);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(
      db
        .prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('mission_targets', 'mission_kpi_weights')")
        .pluck()
        .get(),
    ).toBe(0);

    const store = createStore(db);
    const [one, two, three] = [1, 2, 3].map((id) => missionTargets(store, id));
    // Version 1 of each, from the period of its start date.
    expect([one, two, three].map((t) => t.versions.map((v) => v.effectiveFrom))).toEqual([
      ['2020Q1'],
      ['2021-05'],
      ['2022Q4'],
    ]);
    // Mission 1: the first value 40 (a draft's, as the retired default took it), the fatalities' 12
    // under its own target; KPI weights made explicit.
    expect(one.targets).toEqual({
      violent_incidents: {
        baseline: 40,
        baselineSource: { kind: 'first_value', period: '2020Q1' },
        target: null,
        weight: 1,
      },
      conflict_fatalities: {
        baseline: 12,
        baselineSource: { kind: 'first_value', period: '2020Q2' },
        target: 5,
        weight: 2,
      },
    });
    expect(one.kpiWeights).toEqual({
      violence_reduction: 0.5,
      dispute_resolution: 0.25,
      local_capacity: 0.25,
      civilian_protection: 0.25,
    });
    // Mission 2 typed its incidents baseline: kept as typed; its casualties relied on the default.
    expect(two.targets).toEqual({
      violent_incidents: { baseline: 70, target: null, weight: 1 },
      civilian_casualties: {
        baseline: 9,
        baselineSource: { kind: 'first_value', period: '2021-06' },
        target: null,
        weight: 1,
      },
    });
    expect(three.targets).toEqual({});

    // The scores the old default gave, unchanged: incidents 40 → 20, fatalities 12 → 5.
    const live = missionScores(store, 1, { rescored: true }).periods;
    const incidents = live.map((p) => p.kpis[0].indicators[0]);
    expect(incidents.map((i) => [i.baseline, i.target, i.score, i.origin])).toEqual([
      [40, 20, 0, 'first_value'],
      [40, 20, 50, 'first_value'],
      [40, 20, 100, 'first_value'],
    ]);
    const fatalities = live.map((p) => p.kpis[0].indicators[1]);
    // (8 − 12) / (5 − 12) = 4/7
    expect(fatalities[2]).toMatchObject({ baseline: 12, target: 5, origin: 'mission' });
    expect(fatalities[2].score).toBeCloseTo(400 / 7, 9);
    // The approved one keeps its published score.
    expect(missionScores(store, 1, {}).periods[1]).toMatchObject({ overall: 50, scoreBasis: 'published' });

    const trail = db
      .prepare("SELECT entity_id, after FROM audit_log WHERE entity = 'targets' ORDER BY entity_id")
      .all() as { entity_id: number; after: string }[];
    expect(trail.map((e) => e.entity_id)).toEqual([1, 2]);
    expect(JSON.parse(trail[0].after)).toEqual({
      note: expect.stringMatching(/^Baselines written down at migration/),
      baselines: {
        violent_incidents: { baseline: 40, period: '2020Q1' },
        conflict_fatalities: { baseline: 12, period: '2020Q2' },
      },
    });
  });
});
