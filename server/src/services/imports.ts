import type { Assessment, ChallengeRatings, IndicatorValues, Narrative, Provenance } from '@cpea/shared/assessment';
import type { IndicatorId } from '@cpea/shared/catalog';
import type { ImportResult, ImportRowError } from '@cpea/shared/imports';
import type { Mission } from '@cpea/shared/mission';
import type { Store } from '../db/store';
import type { GedSeriesTotals } from '../ucdp/ged';
import { decodeUtf8 } from '../csv/decode';
import { DomainError, invalid } from '../domain-error';
import type { Actor } from './actor';
import { applyWrites } from './import-apply';
import { ImportErrors, MAX_IMPORT_ROWS } from './import-limits';

export { EMPTY_FILE, ImportErrors, MAX_IMPORT_ROWS, MAX_LISTED_ERRORS, TooManyRows } from './import-limits';

// What the assessment CSV import and the UCDP GED import have in common: the limits, the error
// list, the plan, the result and its application, all together or not at all.

export function tooManyRows(): DomainError {
  const message = `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows, the most one import takes; split it into smaller files`;
  return new DomainError('too_large', message, [{ path: 'body', message }]);
}

export interface ImportOptions {
  /** Work out and report everything, write nothing. */
  dryRun: boolean;
  /** Write the rows without errors, whatever the others hold (their errors are all about rows). */
  skipRejected?: boolean;
}

/** A new assessment, checked against the file and the database. */
export interface AssessmentCreation {
  kind: 'create';
  missionId: number;
  period: string;
  /** Measured values only. */
  values: IndicatorValues;
  /** Where the file says a value came from; the others take the import's provenance. */
  sources?: ValueSources;
  challenges: ChallengeRatings;
  narrative: Narrative;
}

export type ValueSources = Partial<Record<IndicatorId, Provenance>>;

/** A change to a draft, based on the version read when the import was planned. */
export interface AssessmentChange {
  kind: 'update';
  current: Assessment;
  /** The values that change; null for one no longer measured. */
  values: IndicatorValues;
  sources?: ValueSources;
  challenges: ChallengeRatings;
  narrative: Narrative;
}

export type AssessmentWrite = AssessmentCreation | AssessmentChange;

/** One period of a mission's event series, replacing the stored one (UCDP GED imports only). */
export interface EventSeriesWrite {
  missionId: number;
  period: string;
  totals: GedSeriesTotals;
  gedVersion: string | null;
}

/** An import worked out in full before anything is written. */
export interface ImportPlan {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The missions written to, by id, with their acronyms. */
  missions: Map<number, string>;
  errors: ImportErrors;
  /** The writes, in order; made only when there are no errors and this is not a dry run. */
  writes: AssessmentWrite[];
  /** Periods of event series, written in the same transaction as the assessments. */
  series: EventSeriesWrite[];
}

/** A draft the importing analyst may not change: it is another analyst's (admins may). */
export function anotherAuthorsDraft(mission: Pick<Mission, 'acronym'>, period: string): string {
  return `${mission.acronym} ${period} is another analyst's draft; only its author or an admin may change it`;
}

export function emptyPlan(rows = 0, errors = new ImportErrors()): ImportPlan {
  return { rows, created: 0, updated: 0, unchanged: 0, missions: new Map(), errors, writes: [], series: [] };
}

/** Counts a write to one of `mission`'s assessments. */
export function planWrite(plan: ImportPlan, mission: Pick<Mission, 'id' | 'acronym'>, write: AssessmentWrite) {
  plan[write.kind === 'create' ? 'created' : 'updated']++;
  plan.missions.set(mission.id, mission.acronym);
  plan.writes.push(write);
}

/** The body as text: strict UTF-8, a byte-order mark removed. */
export function readCsvText(body: Buffer): string {
  const decoded = decodeUtf8(body);
  if (!decoded.ok) throw notUtf8(decoded.offset, decoded.line);
  return decoded.text;
}

export function notUtf8(offset: number, line: number): DomainError {
  const message = `The file is not valid UTF-8: byte ${offset} (line ${line}) cannot be read. Save it as "CSV UTF-8" and try again`;
  return invalid(message, [{ path: 'body', message }]);
}

/**
 * Unless it is a dry run or anything is wrong, carries out the plan with its audit entries:
 * either every row lands or none does (see import-apply.ts for how, without holding up the
 * server).
 */
export async function runImport(
  store: Store,
  actor: Actor,
  action: string,
  provenance: Provenance,
  options: ImportOptions,
  plan: ImportPlan,
  /** What else the audit entry records about the file. */
  file: Record<string, unknown> = {},
): Promise<ImportResult> {
  const result = resultOf(plan);
  if ((plan.errors.count > 0 && !options.skipRejected) || options.dryRun) return result;
  const { rows, created, updated, unchanged, missions } = result;
  await applyWrites(store, actor, provenance, plan.writes, plan.series, {
    userId: actor.userId,
    action,
    entity: 'import',
    entityId: null,
    before: null,
    after: { ...file, rows, created, updated, unchanged, missions: missions.map((mission) => mission.id) },
  });
  return result;
}

export function resultOf(plan: Omit<ImportPlan, 'writes' | 'series'>): ImportResult {
  const { rows, created, updated, unchanged } = plan;
  const missions = [...plan.missions]
    .map(([id, acronym]) => ({ id, acronym }))
    .sort((a, b) => a.acronym.localeCompare(b.acronym, 'en'));
  return { rows, created, updated, unchanged, missions, errors: plan.errors.list() };
}

/** A result with nothing but errors, for a file that could not be read at all. */
export function failedResult(rows: number, errors: Iterable<ImportRowError>): ImportResult {
  const list = new ImportErrors();
  for (const error of errors) list.add(error);
  return resultOf(emptyPlan(rows, list));
}
