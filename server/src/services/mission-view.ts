import { INDICATORS } from '@cpea/shared/catalog';
import type { MissionEffects } from '@cpea/shared/effects';
import type { MissionView } from '@cpea/shared/mission-view';
import type { Store } from '../db/store';
import { DomainError } from '../domain-error';
import { listAssessments } from './assessments';
import { listCustomIndicators, missionIndicators } from './custom-indicators';
import { missionEffects } from './effects';
import { missionEventSeries } from './event-series';
import { getMission } from './missions';
import { missionScores } from './scores';
import { missionTargets } from './targets';

/** A mission's page as it first shows: what its own endpoints answer, asked for once. */
export function missionView(store: Store, missionId: number): MissionView {
  return {
    mission: getMission(store, missionId),
    assessments: listAssessments(store, missionId, {}),
    scores: missionScores(store, missionId, { rescored: false }),
    targets: missionTargets(store, missionId),
    indicators: missionIndicators(store, missionId),
    customIndicators: listCustomIndicators(store),
    eventSeries: missionEventSeries(store, missionId),
    effects: INDICATORS.filter((indicator) => indicator.unit === 'count').flatMap((indicator) =>
      modelAtStart(store, missionId, indicator.id),
    ),
  };
}

/** The model at the mission's start, or none where the counts cannot carry one (the endpoint's 422 says why). */
function modelAtStart(store: Store, missionId: number, indicator: MissionEffects['indicator']): MissionEffects[] {
  try {
    return [missionEffects(store, missionId, { indicator })];
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'unprocessable') return [];
    throw error;
  }
}
