import { periodTypeOf } from '@cpea/shared/periods';
import { missionPeriodSpan, periodOutsideLife } from '@cpea/shared/mission-life';
import type { Mission } from '@cpea/shared/mission';
import {
  DEFAULT_KPI_WEIGHTS,
  scoreMission,
  type KpiWeights,
  type MissionScores,
  type PeriodScore,
  type ScoringVersion,
  versionInForce,
} from '@cpea/shared/scoring';
import {
  customSettingIssues,
  type MissionTargets,
  type MissionTargetsResponse,
  type SettingsVersion,
  type TargetsInput,
  type TargetsPreview,
} from '@cpea/shared/targets';
import type { Store } from '../db/store';
import { invalid } from '../domain-error';
import type { Actor } from './actor';
import { getMission } from './missions';
import { indicatorSetOf } from './indicator-set';

/** The settings in force now (the latest version), what is in force once the catalog fills the gaps, and every version. */
export function missionTargets(store: Store, missionId: number): MissionTargetsResponse {
  getMission(store, missionId);
  const versions = store.targets.versions(missionId);
  const latest = versions.at(-1);
  const resolved = scoreMission(
    store.assessments.listByMission(missionId),
    versions,
    undefined,
    indicatorSetOf(store, missionId),
  ).targets;
  return {
    versionId: latest?.id ?? null,
    effectiveFrom: latest?.effectiveFrom ?? null,
    targets: latest?.targets ?? {},
    kpiWeights: latest?.kpiWeights ?? { ...DEFAULT_KPI_WEIGHTS },
    resolved,
    versions,
  };
}

/**
 * The period from which new settings apply: the one asked for, within the mission's life; by
 * default the mission's first period (that of the only version, which the new one replaces),
 * but only while there is at most one version.
 */
function effectiveFromOf(
  store: Store,
  mission: Mission,
  versions: readonly SettingsVersion[],
  input: TargetsInput,
): string {
  const customIssues = customSettingIssues(input.targets, indicatorSetOf(store, mission.id));
  if (customIssues.length > 0) throw invalid('The settings are not valid', customIssues);
  const wrongType = (period: string) => periodTypeOf(period) !== mission.periodType;
  for (const [id, setting] of Object.entries(input.targets)) {
    const source = setting?.baselineSource;
    const periods = source?.kind === 'window' ? [source.from, source.to] : [];
    if (periods.some(wrongType)) {
      throw invalid(`${mission.acronym} reports by ${mission.periodType}`, [
        { path: `targets.${id}.baselineSource`, message: `Name ${mission.periodType}s for the baseline window` },
      ]);
    }
  }
  if (input.effectiveFrom == null) {
    if (versions.length === 0) return missionPeriodSpan(mission).first;
    // Replacing the only version: from the same period, so the new one supersedes it.
    if (versions.length === 1) return versions[0].effectiveFrom;
    throw invalid('Say from which period these settings apply', [
      {
        path: 'effectiveFrom',
        message: 'The mission has several versions of its settings: give the period this one applies from',
      },
    ]);
  }
  if (wrongType(input.effectiveFrom)) {
    throw invalid(`${mission.acronym} reports by ${mission.periodType}`, [
      { path: 'effectiveFrom', message: `Give a ${mission.periodType}` },
    ]);
  }
  const outside = periodOutsideLife(input.effectiveFrom, mission);
  if (outside)
    throw invalid(`${input.effectiveFrom} lies outside the life of ${mission.acronym}`, [
      { path: 'effectiveFrom', message: outside },
    ]);
  return input.effectiveFrom;
}

/** The new version as scoring sees it: the latest of those effective from its period. */
function proposedVersion(input: TargetsInput, effectiveFrom: string): ScoringVersion {
  return {
    id: Number.MAX_SAFE_INTEGER,
    effectiveFrom,
    targets: input.targets as MissionTargets,
    kpiWeights: input.kpiWeights as KpiWeights,
  };
}

const sameScore = (a: PeriodScore, b: PeriodScore) =>
  a.overall === b.overall && a.kpis.every((kpi, i) => kpi.score === b.kpis[i].score);

/** What saving `input` would change, against the scores as every view shows them now. */
function previewOf(store: Store, mission: Mission, input: TargetsInput, effectiveFrom: string): TargetsPreview {
  const history = store.assessments.listByMission(mission.id);
  const versions = store.targets.versions(mission.id);
  const published = store.publishedScores.forMission(mission.id);
  const indicators = indicatorSetOf(store, mission.id);
  const before: MissionScores = scoreMission(history, versions, undefined, indicators);
  const after = scoreMission(history, [...versions, proposedVersion(input, effectiveFrom)], undefined, indicators);
  const changes: TargetsPreview['changes'] = [];
  const approvedChanges: TargetsPreview['approvedChanges'] = [];
  after.periods.forEach((next, i) => {
    const live = before.periods[i];
    const shown = next.status === 'approved' ? { ...live, ...published.get(next.assessmentId) } : live;
    if (sameScore(shown, next)) return;
    const change = {
      assessmentId: next.assessmentId,
      period: next.period,
      status: next.status,
      before: shown.overall,
      after: next.overall,
    };
    (next.status === 'approved' ? approvedChanges : changes).push(change);
  });
  return { effectiveFrom, changes, approvedThatWouldDiffer: approvedChanges.length, approvedChanges };
}

/**
 * Which unapproved periods' scores saving these settings would change and how, and how many
 * approved ones would score differently if reopened (their published scores stay).
 */
export function previewTargets(store: Store, missionId: number, input: TargetsInput): TargetsPreview {
  const mission = getMission(store, missionId);
  const effectiveFrom = effectiveFromOf(store, mission, store.targets.versions(missionId), input);
  return previewOf(store, mission, input, effectiveFrom);
}

/** Adds a version of the mission's settings, effective from a period until the next version's; audited. */
export function replaceTargets(store: Store, actor: Actor, missionId: number, input: TargetsInput) {
  return store.transaction(() => {
    const mission = getMission(store, missionId);
    const before = missionTargets(store, missionId);
    const effectiveFrom = effectiveFromOf(store, mission, before.versions, input);
    const targets = input.targets as MissionTargets;
    const kpiWeights = input.kpiWeights as KpiWeights;
    const versionId = store.targets.add(missionId, effectiveFrom, targets, kpiWeights, actor.userId);
    // Before: the version that was in force from that period; after: the new one.
    const previous = versionInForce(before.versions, effectiveFrom);
    store.audit.record({
      userId: actor.userId,
      action: 'update',
      entity: 'targets',
      entityId: missionId,
      before: previous
        ? {
            versionId: previous.id,
            effectiveFrom: previous.effectiveFrom,
            targets: previous.targets,
            kpiWeights: previous.kpiWeights,
          }
        : null,
      after: { versionId, effectiveFrom, targets, kpiWeights },
    });
    return missionTargets(store, missionId);
  });
}
