import { INDICATORS, type Indicator } from '@cpea/shared/catalog';
import { asIndicator } from '@cpea/shared/custom-indicators';
import type { Store } from '../db/store';

/**
 * A mission's indicator set: the standard catalog, then the instance-wide custom indicators and
 * the mission's own, retired ones included (their history is scored and shown). Every service
 * that validates, scores, charts or exports a mission's values takes this set.
 */
export function indicatorSetOf(store: Store, missionId: number): Indicator[] {
  return [...INDICATORS, ...store.customIndicators.ofMission(missionId).map(asIndicator)];
}
