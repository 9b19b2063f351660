import { METHODOLOGY_VERSION } from '@cpea/shared/comparison';
import { withPublishedScores, type PublishedScore } from '@cpea/shared/published';
import { scoreMission, versionInForce, type MissionScores, type ScorableAssessment } from '@cpea/shared/scoring';
import type { Store } from '../db/store';
import type { Actor } from './actor';
import { indicatorSetOf } from './indicator-set';

/**
 * A mission's scores as every view shows them: each approved assessment's published score, the
 * others live. `rescored` is the explicit view that scores approved history again under today's
 * settings.
 */
export function scoreMissionHistory(
  store: Store,
  missionId: number,
  history: readonly ScorableAssessment[],
  rescored = false,
): MissionScores {
  const live = scoreMission(history, store.targets.versions(missionId), undefined, indicatorSetOf(store, missionId));
  return rescored ? live : withPublishedScores(live, store.publishedScores.forMission(missionId));
}

/**
 * The scores of some of a mission's approved assessments as publishing them now would store
 * them: computed under today's method, each with the settings version in force at its period.
 */
export function scoresToPublish(
  store: Store,
  actor: Actor,
  missionId: number,
  ids: readonly number[],
): PublishedScore[] {
  const live = scoreMission(
    store.assessments.listByMission(missionId),
    store.targets.versions(missionId),
    undefined,
    indicatorSetOf(store, missionId),
  );
  const publishedAt = new Date().toISOString();
  return ids.map((id) => {
    const period = live.periods.find((p) => p.assessmentId === id);
    if (!period) throw new Error(`Assessment ${id} is not one of mission ${missionId}'s`);
    const version = versionInForce(live.settingsVersions, period.period);
    const settings = {
      settingsVersionId: version?.id ?? null,
      methodologyVersion: METHODOLOGY_VERSION,
      targets: version?.targets ?? live.targets,
      kpiWeights: version?.kpiWeights ?? live.kpiWeights,
    };
    const { overall, band, completeness, kpis, flags } = period;
    return {
      assessmentId: id,
      score: { overall, band, completeness, kpis, flags },
      settings,
      publishedAt,
      publishedBy: actor.userId,
    };
  });
}

/**
 * Publishes the scores of some of a mission's approved assessments exactly as they are computed
 * now (scoresToPublish); call inside the transaction that approves.
 */
export function publishScores(store: Store, actor: Actor, missionId: number, ids: readonly number[]): PublishedScore[] {
  const published = scoresToPublish(store, actor, missionId, ids);
  for (const score of published) store.publishedScores.publish(score);
  return published;
}

/** What an audit entry says of a published score: the headline, not the whole breakdown. */
export function publishedHeadline(published: PublishedScore) {
  const { overall, band, completeness } = published.score;
  return { overall, band, completeness, methodologyVersion: published.settings.methodologyVersion };
}

export const PUBLISHED_AT_MIGRATION =
  'Published at migration: the scores of an assessment approved before scores were published, computed under the baselines, targets and weights in force at migration';

/**
 * Publishes every approved assessment that has no published score yet, each audited with
 * `note`. Idempotent: the server runs it at every start-up, after migrating, and it finds
 * nothing once every approved assessment is published.
 */
export function publishUnpublishedScores(store: Store, actor: Actor, note: string): number {
  return store.transaction(() => {
    let count = 0;
    for (const [missionId, ids] of store.publishedScores.unpublished()) {
      for (const published of publishScores(store, actor, missionId, ids)) {
        store.audit.record({
          userId: actor.userId,
          action: 'publish',
          entity: 'assessment',
          entityId: published.assessmentId,
          before: null,
          after: { ...publishedHeadline(published), note },
        });
        count++;
      }
    }
    return count;
  });
}
