import {
  valueRuleViolations,
  valuesSchemaFor,
  type Assessment,
  type AssessmentPatch,
  type ChallengeRatings,
  type IndicatorValues,
  type ParsedAssessmentInput,
  type Provenance,
} from '@cpea/shared/assessment';
import type { ChallengeId, IndicatorId } from '@cpea/shared/catalog';
import type { Mission } from '@cpea/shared/mission';
import { periodOutsideLife } from '@cpea/shared/mission-life';
import { periodTypeOf } from '@cpea/shared/periods';
import type { PeriodRangeQuery } from '@cpea/shared/queries';
import type { Store } from '../db/store';
import { DomainError, conflict, invalid, notFound } from '../domain-error';
import type { Actor } from './actor';
import { getMission } from './missions';
import { indicatorSetOf } from './indicator-set';
import { checkVersion, staleVersion } from './versions';

/**
 * Entered values against the mission's indicator set, as the form checks them: an id the
 * mission does not have, a value out of its indicator's range, a retired indicator's new value.
 */
export function checkValuesForMission(store: Store, missionId: number, values: IndicatorValues) {
  const result = valuesSchemaFor(indicatorSetOf(store, missionId)).safeParse(values);
  if (result.success) return;
  throw invalid(
    'The values are not valid',
    result.error.issues.map((issue) => ({ path: ['values', ...issue.path].join('.'), message: issue.message })),
  );
}

export function getAssessment(store: Store, id: number): Assessment {
  const assessment = store.assessments.get(id);
  if (!assessment) throw notFound(`Assessment ${id}`);
  return assessment;
}

function checkPeriodType(mission: Mission, period: string, path: string) {
  if (periodTypeOf(period) !== mission.periodType) {
    const example = mission.periodType === 'quarter' ? '2024Q1' : '2024-03';
    throw invalid(`${mission.acronym} reports by ${mission.periodType}`, [
      { path, message: `${mission.acronym} reports by ${mission.periodType}: write the period like ${example}` },
    ]);
  }
}

function checkWithinLife(mission: Mission, period: string) {
  const outside = periodOutsideLife(period, mission);
  if (outside)
    throw invalid(`${period} lies outside the life of ${mission.acronym}`, [{ path: 'period', message: outside }]);
}

export function checkRange(mission: Mission, range: PeriodRangeQuery) {
  if (range.from) checkPeriodType(mission, range.from, 'from');
  if (range.to) checkPeriodType(mission, range.to, 'to');
}

export function listAssessments(store: Store, missionId: number, range: PeriodRangeQuery): Assessment[] {
  checkRange(getMission(store, missionId), range);
  return store.assessments.listByMission(missionId, range.from, range.to);
}

export function createAssessment(
  store: Store,
  actor: Actor,
  missionId: number,
  input: ParsedAssessmentInput,
  provenance: Provenance = 'manual',
): Assessment {
  return store.transaction(() => {
    const mission = getMission(store, missionId);
    if (mission.archived) throw conflict(`${mission.acronym} is archived; restore it before adding assessments`);
    checkPeriodType(mission, input.period, 'period');
    checkWithinLife(mission, input.period);
    checkValuesForMission(store, missionId, input.values as IndicatorValues);
    if (store.assessments.idForPeriod(missionId, input.period) != null) {
      throw conflict(`${mission.acronym} already has an assessment for ${input.period}`, [
        {
          path: 'period',
          message: `${input.period} is already assessed for ${mission.acronym}; edit that assessment instead`,
        },
      ]);
    }
    return addAssessment(store, actor, missionId, input, provenance);
  });
}

/**
 * Writes a new assessment and its audit entry, in the caller's transaction, for a mission and
 * period the caller has checked: createAssessment, and imports, which check a whole file first.
 */
export function addAssessment(
  store: Store,
  actor: Actor,
  missionId: number,
  input: Pick<ParsedAssessmentInput, 'period' | 'values' | 'challenges' | 'narrative'>,
  provenance: Provenance,
): Assessment {
  const created = store.assessments.create(
    { missionId, period: input.period, status: 'draft', narrative: input.narrative, authorId: actor.userId },
    input.values as IndicatorValues,
    provenance,
    input.challenges,
  );
  store.audit.record({
    userId: actor.userId,
    action: 'create',
    entity: 'assessment',
    entityId: created.id,
    before: null,
    after: created,
  });
  return created;
}

/** Values the patch really changes: re-saving an imported value unchanged keeps its provenance. */
function changedValues(current: Assessment, values: IndicatorValues): IndicatorValues {
  const changed: IndicatorValues = {};
  for (const [key, value] of Object.entries(values) as [IndicatorId, number | null | undefined][]) {
    if (value === undefined) continue;
    if ((current.values[key] ?? null) !== value) changed[key] = value;
  }
  return changed;
}

export function updateAssessment(
  store: Store,
  actor: Actor,
  id: number,
  patch: AssessmentPatch,
  provenance: Provenance = 'manual',
): Assessment {
  return store.transaction(() => {
    const current = getAssessment(store, id);
    checkVersion('assessment', current, patch.version);
    checkChangeable(store, actor, current, 'change');
    checkEditable(current);
    const values = changedValues(current, (patch.values ?? {}) as IndicatorValues);
    checkValuesForMission(store, current.missionId, values);
    const merged = { ...current.values, ...values };
    const violations = valueRuleViolations(merged);
    if (violations.length > 0) {
      throw invalid('The values break a rule', violations);
    }
    const narrative = { ...current.narrative, ...patch.narrative };
    if (!store.assessments.updateHeader(id, patch.version, current.status, narrative))
      throw staleVersion('assessment', current);
    store.assessments.setValues(id, values, provenance);
    if (patch.challenges) store.assessments.setChallenges(id, mergedChallenges(current, patch.challenges));
    // The trail is written below, so the stored last editor is still the previous one.
    const updated = { ...getAssessment(store, id), lastEditorId: actor.userId };
    store.audit.record({
      userId: actor.userId,
      action: 'update',
      entity: 'assessment',
      entityId: id,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/** A patched rating keeps the stored severity or note it does not name. */
function mergedChallenges(current: Assessment, patch: NonNullable<AssessmentPatch['challenges']>): ChallengeRatings {
  const merged: ChallengeRatings = {};
  for (const [id, rating] of Object.entries(patch) as [ChallengeId, (typeof patch)[ChallengeId]][]) {
    if (!rating) continue;
    const stored = current.challenges[id];
    merged[id] = {
      severity: rating.severity !== undefined ? rating.severity : (stored?.severity ?? null),
      note: rating.note ?? stored?.note ?? '',
    };
  }
  return merged;
}

/**
 * Who may change an assessment at all: nobody once its mission is archived (the record is
 * closed, as creating and importing already say); otherwise its author or an admin, so one
 * analyst cannot rewrite or delete another's draft. The system (seeding) may always.
 */
export function checkChangeable(store: Store, actor: Actor, current: Assessment, what: string) {
  const mission = getMission(store, current.missionId);
  if (mission.archived) {
    throw conflict(`${mission.acronym} is archived; restore it before you ${what} its assessments`);
  }
  if (isAuthorOrAdmin(store, actor, current)) return;
  throw new DomainError('forbidden', `Only the author of this assessment or an admin may ${what} it`);
}

/** The author of an assessment, an admin, or the system (seeding). */
export function isAuthorOrAdmin(store: Store, actor: Actor, current: Pick<Assessment, 'authorId'>): boolean {
  if (actor.userId === null || actor.userId === current.authorId) return true;
  return store.users.get(actor.userId)?.role === 'admin';
}

/** Only drafts change: a submitted assessment waits for review, an approved one is locked. */
export function checkEditable(current: Assessment) {
  if (current.status === 'approved') {
    throw conflict('This assessment is approved and locked; an admin must reopen it first');
  }
  if (current.status === 'submitted') {
    throw conflict('This assessment is submitted for review; an admin must send it back to draft first');
  }
}

export function deleteAssessment(store: Store, actor: Actor, id: number) {
  store.transaction(() => {
    const current = getAssessment(store, id);
    checkChangeable(store, actor, current, 'delete');
    checkEditable(current);
    store.assessments.delete(id);
    store.audit.record({
      userId: actor.userId,
      action: 'delete',
      entity: 'assessment',
      entityId: id,
      before: current,
      after: null,
    });
  });
}
