import type { Assessment, AssessmentStatus, WorkflowStep } from '@cpea/shared/assessment';
import type { Store } from '../db/store';
import { DomainError, conflict } from '../domain-error';
import type { Actor } from './actor';
import { checkChangeable, getAssessment } from './assessments';
import { checkVersion, staleVersion } from './versions';
import { publishScores, publishedHeadline } from './published-scores';

// draft → submitted → approved; an admin may send a submitted or approved assessment back to
// draft with a comment. Each step is versioned and audited like any other update.

/** What the audit trail adds to a step, beyond the status, version and comment. */
type StepNote = Record<string, unknown>;

function step(
  store: Store,
  actor: Actor,
  id: number,
  input: WorkflowStep,
  action: string,
  from: AssessmentStatus[],
  to: AssessmentStatus,
  check: (current: Assessment) => StepNote = () => ({}),
  effect: (current: Assessment) => StepNote = () => ({}),
): Assessment {
  return store.transaction(() => {
    const current = getAssessment(store, id);
    checkVersion('assessment', current, input.version);
    checkChangeable(store, actor, current, action);
    if (!from.includes(current.status)) {
      throw conflict(`Cannot ${action} an assessment that is ${current.status}`, [
        { path: 'status', message: `Only ${from.join(' or ')} assessments can take this step` },
      ]);
    }
    const note = check(current);
    if (!store.assessments.updateHeader(id, input.version, to, current.narrative))
      throw staleVersion('assessment', current);
    const updated = getAssessment(store, id);
    const outcome = effect(current);
    store.audit.record({
      userId: actor.userId,
      action,
      entity: 'assessment',
      entityId: id,
      before: { status: current.status, version: current.version },
      after: { status: to, version: updated.version, comment: input.comment, ...note, ...outcome },
    });
    return updated;
  });
}

export const SELF_APPROVAL_NOTE =
  'Approved by its own author or last editor: this instance has a single admin, so no one else could review it';

/**
 * Four eyes: the approver must be someone other than the author and the last editor. An
 * instance with a single active admin cannot meet that, so the step goes through and the
 * trail says so.
 */
function fourEyes(store: Store, actor: Actor, current: Assessment): StepNote {
  if (actor.userId === null) return {};
  const own = actor.userId === current.authorId || actor.userId === current.lastEditorId;
  if (!own) return {};
  const admins = store.users.list().filter((user) => user.role === 'admin' && !user.disabled);
  if (admins.length <= 1) return { selfApproved: true, note: SELF_APPROVAL_NOTE };
  const role = actor.userId === current.authorId ? 'wrote' : 'last edited';
  throw new DomainError('forbidden', `You ${role} this assessment, so another admin must approve it`, [
    { path: 'status', message: 'The approver must be someone other than its author and its last editor' },
  ]);
}

export const submitAssessment = (store: Store, actor: Actor, id: number, input: WorkflowStep) =>
  step(store, actor, id, input, 'submit', ['draft'], 'submitted');

/** Approval publishes the assessment's scores as they stand now: they stay put until it is reopened. */
export const approveAssessment = (store: Store, actor: Actor, id: number, input: WorkflowStep) =>
  step(
    store,
    actor,
    id,
    input,
    'approve',
    ['submitted'],
    'approved',
    (current) => fourEyes(store, actor, current),
    (current) => {
      const [published] = publishScores(store, actor, current.missionId, [id]);
      return { published: publishedHeadline(published) };
    },
  );

/** Reopening takes the published score out of use: the assessment is scored live, as a draft, again. */
export const reopenAssessment = (store: Store, actor: Actor, id: number, input: WorkflowStep) =>
  step(store, actor, id, input, 'reopen', ['submitted', 'approved'], 'draft', undefined, (current) => {
    if (current.status !== 'approved') return {};
    store.publishedScores.withdraw(id);
    return { publishedScoreWithdrawn: true };
  });
