import { assessmentPatchSchema, assessmentSchema, reopenStepSchema, workflowStepSchema } from '../assessment';
import { endpoints, idParams, jsonBody, noContent, ok } from './endpoint';

export const assessmentEndpoints = endpoints('assessments', {
  getAssessment: {
    method: 'get',
    path: '/api/assessments/:id',
    summary: 'Read an assessment',
    role: 'viewer',
    params: idParams,
    answer: ok(assessmentSchema, 'The assessment'),
  },
  updateAssessment: {
    method: 'patch',
    path: '/api/assessments/:id',
    summary: 'Change a draft assessment',
    description:
      'Changes only the fields it names, and carries the version it is based on: a stale version, an assessment no longer a draft, or one of an archived mission is a 409. Only its author or an admin may change it (403).',
    role: 'analyst',
    params: idParams,
    body: jsonBody(assessmentPatchSchema, 'assessment'),
    answer: ok(assessmentSchema, 'The assessment as stored, with its new version'),
    errors: [409],
  },
  deleteAssessment: {
    method: 'delete',
    path: '/api/assessments/:id',
    summary: 'Delete a draft assessment',
    description: 'Only its author or an admin (403); not once submitted, nor while its mission is archived (409).',
    role: 'analyst',
    params: idParams,
    answer: noContent('Deleted'),
    errors: [409],
  },
  submitAssessment: {
    method: 'post',
    path: '/api/assessments/:id/submit',
    summary: 'Submit a draft for approval',
    description: 'Only its author or an admin (403); not while its mission is archived (409).',
    role: 'analyst',
    params: idParams,
    body: jsonBody(workflowStepSchema, 'step'),
    answer: ok(assessmentSchema, 'The submitted assessment'),
    errors: [409],
  },
  approveAssessment: {
    method: 'post',
    path: '/api/assessments/:id/approve',
    summary: 'Approve a submitted assessment, locking it',
    description:
      'Four eyes: the approver is neither its author nor its last editor (403), unless the instance has a single active admin, and then the audit entry says so. Not while its mission is archived (409).',
    role: 'admin',
    params: idParams,
    body: jsonBody(workflowStepSchema, 'step'),
    answer: ok(assessmentSchema, 'The approved assessment'),
    errors: [409],
  },
  reopenAssessment: {
    method: 'post',
    path: '/api/assessments/:id/reopen',
    summary: 'Send a submitted or approved assessment back to draft',
    role: 'admin',
    params: idParams,
    body: jsonBody(reopenStepSchema, 'step'),
    answer: ok(assessmentSchema, 'The assessment, a draft again'),
    errors: [409],
  },
});
