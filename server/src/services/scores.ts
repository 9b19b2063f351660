import type { PeriodRangeQuery } from '@cpea/shared/queries';
import { comparePeriods } from '@cpea/shared/periods';
import { trendOf, type MissionScores } from '@cpea/shared/scoring';
import type { Store } from '../db/store';
import { checkRange } from './assessments';
import { getMission } from './missions';
import { scoreMissionHistory } from './published-scores';

/**
 * Scores a mission's periods in the range: approved assessments by their published scores,
 * unless `rescored` asks for them under today's settings. Baselines ("first assessed value")
 * and outliers are judged against the mission's whole history, not only the periods asked for.
 */
export function missionScores(
  store: Store,
  missionId: number,
  range: PeriodRangeQuery & { rescored?: boolean },
): MissionScores {
  checkRange(getMission(store, missionId), range);
  const history = store.assessments.listByMission(missionId);
  const scores = scoreMissionHistory(store, missionId, history, range.rescored);
  const periods = scores.periods.filter(
    (p) =>
      (!range.from || comparePeriods(p.period, range.from) >= 0) &&
      (!range.to || comparePeriods(p.period, range.to) <= 0),
  );
  return { ...scores, periods, trend: trendOf(periods) };
}

/** The version of the data scores are built from: it moves with every change that can move a score. */
export function scoredDataVersion(store: Store): number {
  return store.dataVersion.current();
}
