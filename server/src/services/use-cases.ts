import type { Store } from '../db/store';
import { createAssessment, deleteAssessment, getAssessment, listAssessments, updateAssessment } from './assessments';
import { exportAuditCsv, readAudit } from './audit';
import { buildComparison } from './comparison';
import {
  createCustomIndicator,
  listCustomIndicators,
  missionIndicators,
  retireCustomIndicator,
  updateCustomIndicator,
} from './custom-indicators';
import { missionEffects } from './effects';
import { missionEventSeries } from './event-series';
import { assessmentTemplateCsv, exportAssessmentsCsv } from './export-assessments';
import { freezeComparison, getFrozenReport, listFrozenReports } from './frozen-reports';
import { importAssessmentsCsv } from './import-assessments';
import { importUcdpGed } from './import-ucdp-ged';
import { missionView } from './mission-view';
import { archiveMission, createMission, getMission, listMissionSummaries, updateMission } from './missions';
import { myWork, reportingGrid } from './reporting';
import { previewRepublish, republishScores } from './republish';
import { missionScores, scoredDataVersion } from './scores';
import { missionTargets, previewTargets, replaceTargets } from './targets';
import { createUser, listUsers, logIn, logOut, updateUser, userForToken } from './users';
import { approveAssessment, reopenAssessment, submitAssessment } from './workflow';

/** A use case as the services write it: the store first, then what the user asked for. */
type StoreUseCase = (store: Store, ...args: never[]) => unknown;
type WithStore<F> = F extends (store: Store, ...args: infer A) => infer R ? (...args: A) => R : never;

const USE_CASES = {
  listMissionSummaries,
  createMission,
  getMission,
  missionView,
  updateMission,
  archiveMission,
  listAssessments,
  createAssessment,
  getAssessment,
  updateAssessment,
  deleteAssessment,
  submitAssessment,
  approveAssessment,
  reopenAssessment,
  missionScores,
  scoredDataVersion,
  previewRepublish,
  republishScores,
  missionEventSeries,
  missionEffects,
  missionTargets,
  replaceTargets,
  previewTargets,
  missionIndicators,
  listCustomIndicators,
  createCustomIndicator,
  updateCustomIndicator,
  retireCustomIndicator,
  buildComparison,
  freezeComparison,
  listFrozenReports,
  getFrozenReport,
  exportAssessmentsCsv,
  assessmentTemplateCsv,
  importAssessmentsCsv,
  importUcdpGed,
  readAudit,
  exportAuditCsv,
  reportingGrid,
  myWork,
  logIn,
  logOut,
  userForToken,
  listUsers,
  createUser,
  updateUser,
} satisfies Record<string, StoreUseCase>;

/** What the HTTP layer holds instead of the store: the use cases, so it never reaches a repository. */
export type UseCases = { [K in keyof typeof USE_CASES]: WithStore<(typeof USE_CASES)[K]> };

/** Every use case a route or middleware may call, over one store. */
export function useCasesOver(store: Store): UseCases {
  const useCases: Record<string, StoreUseCase> = USE_CASES;
  return Object.fromEntries(
    Object.entries(useCases).map(([name, useCase]) => [name, (...args: never[]) => useCase(store, ...args)]),
  ) as UseCases;
}
