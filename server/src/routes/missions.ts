import { Router } from 'express';
import { missionInputSchema, missionPatchSchema } from '@cpea/shared/mission';
import { missionListQuerySchema, periodRangeQuerySchema } from '@cpea/shared/queries';
import { assessmentInputSchema } from '@cpea/shared/assessment';
import type { Store } from '../db/store';
import { parse, parseId } from '../http/parse';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { ResponseCache, sendVersionedJson } from '../http/response-cache';
import { targetsInputSchema } from '@cpea/shared/targets';
import { missionTargets, replaceTargets } from '../services/targets';
import { archiveMission, createMission, getMission, listMissionSummaries, updateMission } from '../services/missions';
import { createAssessment, listAssessments } from '../services/assessments';
import { missionScores } from '../services/scores';

/** A mission's scores run to about 100 KB over ten years of quarters: room for a few hundred. */
const SCORES_CACHE_BYTES = 32 * 1024 * 1024;

export function missionsRouter(store: Store) {
  const router = Router();
  const scoredResponses = new ResponseCache(SCORES_CACHE_BYTES);

  router.get('/', requireRole('viewer'), (req, res) => {
    const query = parse(missionListQuerySchema, req.query, 'The query');
    res.json(listMissionSummaries(store, query.includeArchived));
  });
  router.post('/', requireRole('admin'), (req, res) => {
    const input = parse(missionInputSchema, req.body, 'The mission');
    res.status(201).json(createMission(store, actorOf(req), input));
  });
  router.get('/:id', requireRole('viewer'), (req, res) => {
    res.json(getMission(store, parseId(req.params.id)));
  });
  router.patch('/:id', requireRole('admin'), (req, res) => {
    const patch = parse(missionPatchSchema, req.body, 'The mission');
    res.json(updateMission(store, actorOf(req), parseId(req.params.id), patch));
  });
  router.delete('/:id', requireRole('admin'), (req, res) => {
    res.json(archiveMission(store, actorOf(req), parseId(req.params.id)));
  });

  router.get('/:id/assessments', requireRole('viewer'), (req, res) => {
    const range = parse(periodRangeQuerySchema, req.query, 'The query');
    res.json(listAssessments(store, parseId(req.params.id), range));
  });
  router.post('/:id/assessments', requireRole('analyst'), (req, res) => {
    const input = parse(assessmentInputSchema, req.body, 'The assessment');
    res.status(201).json(createAssessment(store, actorOf(req), parseId(req.params.id), input));
  });
  router.get('/:id/scores', requireRole('viewer'), (req, res) => {
    const range = parse(periodRangeQuerySchema, req.query, 'The query');
    const missionId = parseId(req.params.id);
    const version = store.dataVersion.current();
    const variant = `${range.from ?? ''}..${range.to ?? ''}`;
    sendVersionedJson(res, scoredResponses, { version, tag: String(missionId), variant }, () =>
      missionScores(store, missionId, range),
    );
  });
  router.get('/:id/targets', requireRole('viewer'), (req, res) => {
    res.json(missionTargets(store, parseId(req.params.id)));
  });
  router.put('/:id/targets', requireRole('admin'), (req, res) => {
    const input = parse(targetsInputSchema, req.body, 'The target setting');
    res.json(replaceTargets(store, actorOf(req), parseId(req.params.id), input));
  });

  return router;
}
