import type { MissionEventSeries } from '@cpea/shared/event-series';
import { comparePeriods, periodOfDate } from '@cpea/shared/periods';
import { UCDP_GED_DATASET, UCDP_GED_LICENCE, gedCitation } from '@cpea/shared/ucdp';
import type { Store } from '../db/store';
import { getMission } from './missions';

/** A mission's conflict-event series with its source: every period an imported GED file covered. */
export function missionEventSeries(store: Store, missionId: number): MissionEventSeries {
  const mission = getMission(store, missionId);
  const missionStart = periodOfDate(mission.startDate, mission.periodType) as string;
  const rows = store.eventSeries.forMission(mission.id);
  const versions = [...new Set(rows.map((row) => row.gedVersion))];
  return {
    missionId: mission.id,
    periodType: mission.periodType,
    missionStart,
    source: {
      dataset: UCDP_GED_DATASET,
      licence: UCDP_GED_LICENCE,
      versions,
      citations: versions.map(gedCitation),
    },
    periods: rows.map(({ stateBased, nonState, oneSided, ...row }) => ({
      ...row,
      beforeMission: comparePeriods(row.period, missionStart) < 0,
      byType: { stateBased, nonState, oneSided },
    })),
  };
}
