import { Router } from 'express';
import { missionInputSchema, missionPatchSchema } from '@cpea/shared/mission';
import { missionListQuerySchema, periodRangeQuerySchema } from '@cpea/shared/queries';
import { assessmentInputSchema } from '@cpea/shared/assessment';
import type { Store } from '../db/store';
import { parse, parseId } from '../http/parse';
import { actorOf } from '../http/actor';
import { archiveMission, createMission, getMission, listMissionSummaries, updateMission } from '../services/missions';
import { createAssessment, listAssessments } from '../services/assessments';
import { missionScores } from '../services/scores';

export function missionsRouter(store: Store) {
  const router = Router();

  router.get('/', (req, res) => {
    const query = parse(missionListQuerySchema, req.query, 'The query');
    res.json(listMissionSummaries(store, query.includeArchived));
  });
  router.post('/', (req, res) => {
    const input = parse(missionInputSchema, req.body, 'The mission');
    res.status(201).json(createMission(store, actorOf(req), input));
  });
  router.get('/:id', (req, res) => {
    res.json(getMission(store, parseId(req.params.id)));
  });
  router.patch('/:id', (req, res) => {
    const patch = parse(missionPatchSchema, req.body, 'The mission');
    res.json(updateMission(store, actorOf(req), parseId(req.params.id), patch));
  });
  router.delete('/:id', (req, res) => {
    res.json(archiveMission(store, actorOf(req), parseId(req.params.id)));
  });

  router.get('/:id/assessments', (req, res) => {
    const range = parse(periodRangeQuerySchema, req.query, 'The query');
    res.json(listAssessments(store, parseId(req.params.id), range));
  });
  router.post('/:id/assessments', (req, res) => {
    const input = parse(assessmentInputSchema, req.body, 'The assessment');
    res.status(201).json(createAssessment(store, actorOf(req), parseId(req.params.id), input));
  });
  router.get('/:id/scores', (req, res) => {
    const range = parse(periodRangeQuerySchema, req.query, 'The query');
    res.json(missionScores(store, parseId(req.params.id), range));
  });

  return router;
}
