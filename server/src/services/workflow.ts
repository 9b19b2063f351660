import type { Assessment, AssessmentStatus, WorkflowStep } from '@cpea/shared/assessment';
import type { Store } from '../db/store';
import { AppError } from '../http/app-error';
import type { Actor } from './actor';
import { getAssessment, staleVersion } from './assessments';

// draft → submitted → approved; an admin may send a submitted or approved assessment back to
// draft with a comment. Each step is versioned and audited like any other update.

function step(
  store: Store,
  actor: Actor,
  id: number,
  input: WorkflowStep,
  action: string,
  from: AssessmentStatus[],
  to: AssessmentStatus,
): Assessment {
  return store.transaction(() => {
    const current = getAssessment(store, id);
    if (current.version !== input.version) throw staleVersion(current);
    if (!from.includes(current.status)) {
      throw new AppError('conflict', 409, `Cannot ${action} an assessment that is ${current.status}`, [
        { path: 'status', message: `Only ${from.join(' or ')} assessments can take this step` },
      ]);
    }
    if (!store.assessments.updateHeader(id, input.version, to, current.narrative)) throw staleVersion(current);
    const updated = getAssessment(store, id);
    store.audit.record({
      userId: actor.userId,
      action,
      entity: 'assessment',
      entityId: id,
      before: { status: current.status, version: current.version },
      after: { status: to, version: updated.version, comment: input.comment },
    });
    return updated;
  });
}

export const submitAssessment = (store: Store, actor: Actor, id: number, input: WorkflowStep) =>
  step(store, actor, id, input, 'submit', ['draft'], 'submitted');

export const approveAssessment = (store: Store, actor: Actor, id: number, input: WorkflowStep) =>
  step(store, actor, id, input, 'approve', ['submitted'], 'approved');

export const reopenAssessment = (store: Store, actor: Actor, id: number, input: WorkflowStep) =>
  step(store, actor, id, input, 'reopen', ['submitted', 'approved'], 'draft');
