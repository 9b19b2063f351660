import { Router } from 'express';
import { assessmentPatchSchema, reopenStepSchema, workflowStepSchema } from '@cpea/shared/assessment';
import type { UseCases } from '../services/use-cases';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { parse, parseId } from '../http/parse';

export function assessmentsRouter(useCases: UseCases) {
  const router = Router();
  router.get('/:id', requireRole('viewer'), (req, res) => {
    res.json(useCases.getAssessment(parseId(req.params.id)));
  });
  router.patch('/:id', requireRole('analyst'), (req, res) => {
    const patch = parse(assessmentPatchSchema, req.body, 'The assessment');
    res.json(useCases.updateAssessment(actorOf(req), parseId(req.params.id), patch));
  });
  router.delete('/:id', requireRole('analyst'), (req, res) => {
    useCases.deleteAssessment(actorOf(req), parseId(req.params.id));
    res.status(204).end();
  });
  router.post('/:id/submit', requireRole('analyst'), (req, res) => {
    const input = parse(workflowStepSchema, req.body, 'The step');
    res.json(useCases.submitAssessment(actorOf(req), parseId(req.params.id), input));
  });
  router.post('/:id/approve', requireRole('admin'), (req, res) => {
    const input = parse(workflowStepSchema, req.body, 'The step');
    res.json(useCases.approveAssessment(actorOf(req), parseId(req.params.id), input));
  });
  router.post('/:id/reopen', requireRole('admin'), (req, res) => {
    const input = parse(reopenStepSchema, req.body, 'The step');
    res.json(useCases.reopenAssessment(actorOf(req), parseId(req.params.id), input));
  });
  return router;
}
