import { METHODOLOGY_VERSION } from '@cpea/shared/comparison';
import type {
  PublishedHeadline,
  Republish,
  RepublishChange,
  RepublishInput,
  RepublishPreview,
} from '@cpea/shared/published';
import type { FlaggedScore } from '@cpea/shared/scoring';
import type { Store } from '../db/store';
import { conflict } from '../domain-error';
import type { Actor } from './actor';
import { scoresToPublish } from './published-scores';

// Publishing approved history again under a new method (DESIGN §5): an explicit admin action,
// previewed assessment by assessment, recorded with the method version and audited. Nothing
// else rewrites a published score but reopening and approving again.

export const REPUBLISHED_NOTE = 'Published again under a new methodology by an admin, after a preview';

function headline(score: FlaggedScore, methodologyVersion: string): PublishedHeadline {
  return {
    overall: score.overall,
    band: score.band,
    completeness: score.completeness,
    flags: score.flags.map((flag) => flag.flag),
    methodologyVersion,
  };
}

/**
 * Whether two published scores differ in anything a reader weighs: a score, the band, the
 * completeness, a flag or the indicators it names, or an indicator's inputs. Wording alone (a
 * flag's detail) and what the earlier method did not work out (the rate ratio) do not count.
 */
function differs(before: FlaggedScore, after: FlaggedScore): boolean {
  const numbers = (score: FlaggedScore) =>
    JSON.stringify({
      overall: score.overall,
      band: score.band,
      completeness: score.completeness,
      flags: score.flags.map((flag) => [flag.flag, flag.indicators]),
      kpis: score.kpis.map((kpi) => [
        kpi.kpi,
        kpi.score,
        kpi.indicators.map((item) => [item.indicator, item.value, item.baseline, item.target, item.score]),
      ]),
    });
  return numbers(before) !== numbers(after);
}

/** Every assessment published under another methodology, with its score as publishing it now would store it. */
function republishPlan(store: Store, actor: Actor) {
  const stale = store.publishedScores.publishedUnderOtherMethodology(METHODOLOGY_VERSION);
  const byMission = new Map<number, typeof stale>();
  for (const row of stale) byMission.set(row.missionId, [...(byMission.get(row.missionId) ?? []), row]);
  return [...byMission].flatMap(([missionId, rows]) => {
    const fresh = scoresToPublish(
      store,
      actor,
      missionId,
      rows.map((row) => row.assessmentId),
    );
    return rows.map((row, i) => ({ row, published: fresh[i] }));
  });
}

function summary(plan: ReturnType<typeof republishPlan>): Republish {
  const assessments: RepublishChange[] = plan.map(({ row, published }) => ({
    assessmentId: row.assessmentId,
    missionId: row.missionId,
    missionAcronym: row.missionAcronym,
    period: row.period,
    before: headline(row.score, row.methodologyVersion),
    after: headline(published.score, published.settings.methodologyVersion),
    changed: differs(row.score, published.score),
  }));
  return {
    methodologyVersion: METHODOLOGY_VERSION,
    assessments,
    changed: assessments.filter((item) => item.changed).length,
  };
}

/** What publishing history again would change, assessment by assessment; changes nothing. */
export function previewRepublish(store: Store, actor: Actor): RepublishPreview {
  return { ...summary(republishPlan(store, actor)), dataVersion: store.dataVersion.current() };
}

/**
 * Publishes again, under today's methodology, every approved assessment published under
 * another, in one transaction, with one audit entry for the action that lists each assessment's
 * score before and after (as an import's entry lists what it changed).
 */
export function republishScores(store: Store, actor: Actor, { dataVersion }: RepublishInput): Republish {
  return store.transaction(() => {
    if (store.dataVersion.current() !== dataVersion) {
      throw conflict('The data changed since the preview: look at the preview again before publishing');
    }
    const plan = republishPlan(store, actor);
    for (const { row, published } of plan) {
      store.publishedScores.withdraw(row.assessmentId);
      store.publishedScores.publish(published);
    }
    const result = summary(plan);
    const listed = (side: 'before' | 'after') =>
      result.assessments.map((item) => ({
        assessmentId: item.assessmentId,
        mission: item.missionAcronym,
        period: item.period,
        ...item[side],
      }));
    store.audit.record({
      userId: actor.userId,
      action: 'republish',
      entity: 'portfolio',
      entityId: null,
      before: { assessments: listed('before') },
      after: {
        methodologyVersion: result.methodologyVersion,
        changed: result.changed,
        note: REPUBLISHED_NOTE,
        assessments: listed('after'),
      },
    });
    return result;
  });
}
