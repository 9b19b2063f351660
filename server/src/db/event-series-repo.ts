import { periodOrdinal } from '@cpea/shared/periods';
import type { GedSeriesTotals } from '../ucdp/ged';
import type { Db } from './connection';

// Missions' conflict-event series (migration 0005): one row per mission and period a UCDP GED
// file covered whole. Imports write them with their assessments (services/import-staging.ts);
// the demo seed writes MINUSCA's here.

export interface EventSeriesRow extends GedSeriesTotals {
  period: string;
  gedVersion: string | null;
  importedAt: string;
}

export function eventSeriesRepo(db: Db) {
  const ofMission = db.prepare<[number], EventSeriesRow>(
    `SELECT period, events, best, low, high, deaths_civilians AS deathsCivilians, state_based AS stateBased,
       non_state AS nonState, one_sided AS oneSided, ged_version AS gedVersion, imported_at AS importedAt
     FROM event_series WHERE mission_id = ? ORDER BY period_ordinal`,
  );
  const upsert = db.prepare(`INSERT INTO event_series (mission_id, period, period_ordinal, events, best, low, high,
      deaths_civilians, state_based, non_state, one_sided, ged_version, imported_at)
    VALUES (@missionId, @period, @ordinal, @events, @best, @low, @high, @deathsCivilians, @stateBased, @nonState,
      @oneSided, @gedVersion, @importedAt)
    ON CONFLICT (mission_id, period) DO UPDATE SET events = excluded.events, best = excluded.best, low = excluded.low,
      high = excluded.high, deaths_civilians = excluded.deaths_civilians, state_based = excluded.state_based,
      non_state = excluded.non_state, one_sided = excluded.one_sided, ged_version = excluded.ged_version,
      imported_at = excluded.imported_at`);

  return {
    /** The mission's stored periods, oldest first. */
    forMission(missionId: number): EventSeriesRow[] {
      return ofMission.all(missionId);
    },
    /** Writes `rows` over the stored periods of the same mission and period; the others stay. */
    put(missionId: number, rows: readonly EventSeriesRow[]) {
      for (const row of rows) upsert.run({ missionId, ordinal: periodOrdinal(row.period), ...row });
    },
  };
}
export type EventSeriesRepo = ReturnType<typeof eventSeriesRepo>;
