import { KPI_IDS, type IndicatorId, type KpiId } from '@cpea/shared/catalog';
import { DEFAULT_KPI_WEIGHTS, type KpiWeights } from '@cpea/shared/scoring';
import type { MissionTargets } from '@cpea/shared/targets';
import type { Db } from './connection';

export function targetsRepo(db: Db) {
  const getTargets = db.prepare<[number]>(
    'SELECT indicator_id, baseline, target, weight FROM mission_targets WHERE mission_id = ?',
  );
  const getWeights = db.prepare<[number]>('SELECT kpi_id, weight FROM mission_kpi_weights WHERE mission_id = ?');
  const clearTargets = db.prepare<[number]>('DELETE FROM mission_targets WHERE mission_id = ?');
  const clearWeights = db.prepare<[number]>('DELETE FROM mission_kpi_weights WHERE mission_id = ?');
  const insertTarget = db.prepare(
    'INSERT INTO mission_targets (mission_id, indicator_id, baseline, target, weight) VALUES (?, ?, ?, ?, ?)',
  );
  const insertWeight = db.prepare('INSERT INTO mission_kpi_weights (mission_id, kpi_id, weight) VALUES (?, ?, ?)');

  return {
    get(missionId: number): { targets: MissionTargets; kpiWeights: KpiWeights } {
      const targets: MissionTargets = {};
      for (const row of getTargets.all(missionId) as {
        indicator_id: IndicatorId;
        baseline: number | null;
        target: number | null;
        weight: number;
      }[]) {
        targets[row.indicator_id] = { baseline: row.baseline, target: row.target, weight: row.weight };
      }
      const kpiWeights = { ...DEFAULT_KPI_WEIGHTS };
      for (const row of getWeights.all(missionId) as { kpi_id: KpiId; weight: number }[]) {
        if (KPI_IDS.includes(row.kpi_id)) kpiWeights[row.kpi_id] = row.weight;
      }
      return { targets, kpiWeights };
    },
    replace(missionId: number, targets: MissionTargets, kpiWeights: KpiWeights) {
      clearTargets.run(missionId);
      clearWeights.run(missionId);
      for (const [indicator, t] of Object.entries(targets)) {
        if (t) insertTarget.run(missionId, indicator, t.baseline, t.target, t.weight);
      }
      for (const [kpi, weight] of Object.entries(kpiWeights)) insertWeight.run(missionId, kpi, weight);
    },
  };
}
export type TargetsRepo = ReturnType<typeof targetsRepo>;
