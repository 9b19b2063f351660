import { KPI_IDS, type IndicatorId, type KpiId } from '@cpea/shared/catalog';
import { periodOrdinal } from '@cpea/shared/periods';
import { DEFAULT_KPI_WEIGHTS, type KpiWeights } from '@cpea/shared/scoring';
import type { BaselineSource, MissionTargets, SettingsVersion } from '@cpea/shared/targets';
import type { Db } from './connection';

interface VersionRow {
  id: number;
  effective_from: string;
  created_at: string;
  created_by: number | null;
}

interface TargetRow {
  version_id: number;
  indicator_id: IndicatorId;
  baseline: number | null;
  baseline_source: BaselineSource['kind'];
  baseline_from: string | null;
  baseline_to: string | null;
  target: number | null;
  weight: number;
}

function sourceOf(row: TargetRow): BaselineSource | undefined {
  switch (row.baseline_source) {
    case 'window':
      return { kind: 'window', from: row.baseline_from ?? '', to: row.baseline_to ?? '' };
    case 'first_value':
      return { kind: 'first_value', period: row.baseline_from ?? '' };
    case 'typed':
      return undefined;
  }
}

/** Versions of each mission's baselines, targets and weights; a version is never changed or removed. */
export function targetsRepo(db: Db) {
  const versionsOf = db.prepare<[number], VersionRow>(
    `SELECT id, effective_from, created_at, created_by FROM settings_versions
     WHERE mission_id = ? ORDER BY effective_ordinal, id`,
  );
  const targetsOf = db.prepare<[number], TargetRow>(
    `SELECT t.* FROM settings_version_targets t JOIN settings_versions v ON v.id = t.version_id WHERE v.mission_id = ?`,
  );
  const weightsOf = db.prepare<[number], { version_id: number; kpi_id: KpiId; weight: number }>(
    `SELECT w.* FROM settings_version_kpi_weights w JOIN settings_versions v ON v.id = w.version_id
     WHERE v.mission_id = ?`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO settings_versions (mission_id, effective_from, effective_ordinal, created_at, created_by)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const insertTarget = db.prepare(
    `INSERT INTO settings_version_targets
     (version_id, indicator_id, baseline, baseline_source, baseline_from, baseline_to, target, weight)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertWeight = db.prepare(
    'INSERT INTO settings_version_kpi_weights (version_id, kpi_id, weight) VALUES (?, ?, ?)',
  );

  return {
    /** Every version of a mission's settings, oldest first (by effective-from, then creation). */
    versions(missionId: number): SettingsVersion[] {
      const targets = new Map<number, MissionTargets>();
      for (const row of targetsOf.all(missionId)) {
        const set = targets.get(row.version_id) ?? {};
        const source = sourceOf(row);
        set[row.indicator_id] = {
          baseline: row.baseline,
          ...(source ? { baselineSource: source } : {}),
          target: row.target,
          weight: row.weight,
        };
        targets.set(row.version_id, set);
      }
      const weights = new Map<number, KpiWeights>();
      for (const row of weightsOf.all(missionId)) {
        const set = weights.get(row.version_id) ?? { ...DEFAULT_KPI_WEIGHTS };
        if (KPI_IDS.includes(row.kpi_id)) set[row.kpi_id] = row.weight;
        weights.set(row.version_id, set);
      }
      return versionsOf.all(missionId).map((row) => ({
        id: row.id,
        effectiveFrom: row.effective_from,
        createdAt: row.created_at,
        createdBy: row.created_by,
        targets: targets.get(row.id) ?? {},
        kpiWeights: weights.get(row.id) ?? { ...DEFAULT_KPI_WEIGHTS },
      }));
    },
    /** Adds a version effective from `effectiveFrom`; returns its id. */
    add(
      missionId: number,
      effectiveFrom: string,
      targets: MissionTargets,
      kpiWeights: KpiWeights,
      userId: number | null,
    ): number {
      const id = Number(
        insertVersion.run(missionId, effectiveFrom, periodOrdinal(effectiveFrom), new Date().toISOString(), userId)
          .lastInsertRowid,
      );
      for (const [indicator, t] of Object.entries(targets)) {
        if (!t) continue;
        const source = t.baselineSource;
        insertTarget.run(
          id,
          indicator,
          source?.kind === 'window' ? null : t.baseline,
          source?.kind ?? 'typed',
          source?.kind === 'window' ? source.from : source?.kind === 'first_value' ? source.period : null,
          source?.kind === 'window' ? source.to : null,
          t.target,
          t.weight,
        );
      }
      for (const [kpi, weight] of Object.entries(kpiWeights)) insertWeight.run(id, kpi, weight);
      return id;
    },
  };
}
export type TargetsRepo = ReturnType<typeof targetsRepo>;
