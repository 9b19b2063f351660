import { Router } from 'express';
import { assessmentPatchSchema, reopenStepSchema, workflowStepSchema } from '@cpea/shared/assessment';
import type { Store } from '../db/store';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { parse, parseId } from '../http/parse';
import { deleteAssessment, getAssessment, updateAssessment } from '../services/assessments';
import { approveAssessment, reopenAssessment, submitAssessment } from '../services/workflow';

export function assessmentsRouter(store: Store) {
  const router = Router();
  router.get('/:id', requireRole('viewer'), (req, res) => {
    res.json(getAssessment(store, parseId(req.params.id)));
  });
  router.patch('/:id', requireRole('analyst'), (req, res) => {
    const patch = parse(assessmentPatchSchema, req.body, 'The assessment');
    res.json(updateAssessment(store, actorOf(req), parseId(req.params.id), patch));
  });
  router.delete('/:id', requireRole('analyst'), (req, res) => {
    deleteAssessment(store, actorOf(req), parseId(req.params.id));
    res.status(204).end();
  });
  router.post('/:id/submit', requireRole('analyst'), (req, res) => {
    const input = parse(workflowStepSchema, req.body, 'The step');
    res.json(submitAssessment(store, actorOf(req), parseId(req.params.id), input));
  });
  router.post('/:id/approve', requireRole('admin'), (req, res) => {
    const input = parse(workflowStepSchema, req.body, 'The step');
    res.json(approveAssessment(store, actorOf(req), parseId(req.params.id), input));
  });
  router.post('/:id/reopen', requireRole('admin'), (req, res) => {
    const input = parse(reopenStepSchema, req.body, 'The step');
    res.json(reopenAssessment(store, actorOf(req), parseId(req.params.id), input));
  });
  return router;
}
