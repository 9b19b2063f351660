import {
  METHODOLOGY_VERSION,
  type ComparisonQuery,
  type LiveComparisonReport,
  type FrozenReport,
  type FrozenReportSummary,
  type ParsedFrozenReportInput,
} from '@cpea/shared/comparison';
import type { Store } from '../db/store';
import { notFound } from '../domain-error';
import type { Actor } from './actor';
import { buildComparison, checkComparison } from './comparison';

/** Stores the comparison exactly as it stands now, so it can be read again unchanged. */
export function freezeComparison(store: Store, actor: Actor, input: ParsedFrozenReportInput): FrozenReportSummary {
  const { title, ...query } = input;
  const parameters: ComparisonQuery = {
    missions: query.missions,
    from: query.from,
    to: query.to,
    approvedOnly: query.approvedOnly,
    rescored: query.rescored,
  };
  return store.transaction(() => {
    const now = new Date();
    const payload = buildComparison(store, parameters, now);
    const id = store.frozenReports.insert({
      title,
      parameters,
      payload,
      methodologyVersion: METHODOLOGY_VERSION,
      createdBy: actor.userId,
      createdAt: now.toISOString(),
    });
    store.audit.record({
      userId: actor.userId,
      action: 'freeze',
      entity: 'frozen_report',
      entityId: id,
      before: null,
      // The payload itself is in the frozen report; the trail records what was frozen.
      after: { id, title, parameters, methodologyVersion: METHODOLOGY_VERSION },
    });
    return summaryOf(store.frozenReports.get(id) as FrozenReportSummary);
  });
}

export function listFrozenReports(store: Store): FrozenReportSummary[] {
  return store.frozenReports.list();
}

/** The frozen report beside the same comparison built from today's data. */
export function getFrozenReport(store: Store, id: number): FrozenReport {
  const frozen = store.frozenReports.get(id);
  if (!frozen) throw notFound(`Frozen report ${id}`);
  const { live, reason } = liveComparison(store, frozen.parameters);
  return { ...frozen, live, liveUnavailableReason: reason };
}

function liveComparison(
  store: Store,
  query: ComparisonQuery,
): { live: LiveComparisonReport | null; reason: string | null } {
  for (const id of query.missions) {
    const mission = store.missions.get(id);
    // An archived mission keeps its assessments, so it is compared live as on the Compare screen.
    if (!mission) return { live: null, reason: `Mission ${id} no longer exists, so the comparison cannot be rebuilt` };
  }
  // A mission's period type may have changed since: say why instead of failing the read.
  const check = checkComparison(store, query);
  if (!check.comparable) return { live: null, reason: check.problem.message };
  return { live: buildComparison(store, query), reason: null };
}

function summaryOf(report: FrozenReportSummary): FrozenReportSummary {
  return {
    id: report.id,
    title: report.title,
    parameters: report.parameters,
    methodologyVersion: report.methodologyVersion,
    frozenAt: report.frozenAt,
    createdBy: report.createdBy,
  };
}
