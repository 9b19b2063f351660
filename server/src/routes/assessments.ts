import { Router } from 'express';
import { assessmentPatchSchema } from '@cpea/shared/assessment';
import type { Store } from '../db/store';
import { parse, parseId } from '../http/parse';
import { actorOf } from '../http/actor';
import { deleteAssessment, getAssessment, updateAssessment } from '../services/assessments';

export function assessmentsRouter(store: Store) {
  const router = Router();
  router.get('/:id', (req, res) => {
    res.json(getAssessment(store, parseId(req.params.id)));
  });
  router.patch('/:id', (req, res) => {
    const patch = parse(assessmentPatchSchema, req.body, 'The assessment');
    res.json(updateAssessment(store, actorOf(req), parseId(req.params.id), patch));
  });
  router.delete('/:id', (req, res) => {
    deleteAssessment(store, actorOf(req), parseId(req.params.id));
    res.status(204).end();
  });
  return router;
}
