import { Router } from 'express';
import { missionInputSchema, missionPatchSchema } from '@cpea/shared/mission';
import { missionListQuerySchema, missionScoresQuerySchema, periodRangeQuerySchema } from '@cpea/shared/queries';
import { assessmentInputSchema } from '@cpea/shared/assessment';
import type { UseCases } from '../services/use-cases';
import { parse, parseId } from '../http/parse';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { ResponseCache, sendVersionedJson } from '../http/response-cache';
import { targetsInputSchema } from '@cpea/shared/targets';

/** A mission's scores run to about 100 KB over ten years of quarters: room for a few hundred. */
const SCORES_CACHE_BYTES = 32 * 1024 * 1024;

export function missionsRouter(useCases: UseCases) {
  const router = Router();
  const scoredResponses = new ResponseCache(SCORES_CACHE_BYTES);

  router.get('/', requireRole('viewer'), (req, res) => {
    const query = parse(missionListQuerySchema, req.query, 'The query');
    res.json(useCases.listMissionSummaries(query));
  });
  router.post('/', requireRole('admin'), (req, res) => {
    const input = parse(missionInputSchema, req.body, 'The mission');
    res.status(201).json(useCases.createMission(actorOf(req), input));
  });
  router.get('/:id', requireRole('viewer'), (req, res) => {
    res.json(useCases.getMission(parseId(req.params.id)));
  });
  router.patch('/:id', requireRole('admin'), (req, res) => {
    const patch = parse(missionPatchSchema, req.body, 'The mission');
    res.json(useCases.updateMission(actorOf(req), parseId(req.params.id), patch));
  });
  router.delete('/:id', requireRole('admin'), (req, res) => {
    res.json(useCases.archiveMission(actorOf(req), parseId(req.params.id)));
  });

  router.get('/:id/assessments', requireRole('viewer'), (req, res) => {
    const range = parse(periodRangeQuerySchema, req.query, 'The query');
    res.json(useCases.listAssessments(parseId(req.params.id), range));
  });
  router.post('/:id/assessments', requireRole('analyst'), (req, res) => {
    const input = parse(assessmentInputSchema, req.body, 'The assessment');
    res.status(201).json(useCases.createAssessment(actorOf(req), parseId(req.params.id), input));
  });
  router.get('/:id/scores', requireRole('viewer'), (req, res) => {
    const range = parse(missionScoresQuerySchema, req.query, 'The query');
    const missionId = parseId(req.params.id);
    const version = useCases.scoredDataVersion();
    const variant = `${range.from ?? ''}..${range.to ?? ''}${range.rescored ? ' rescored' : ''}`;
    sendVersionedJson(res, scoredResponses, { version, tag: String(missionId), variant }, () =>
      useCases.missionScores(missionId, range),
    );
  });
  router.get('/:id/targets', requireRole('viewer'), (req, res) => {
    res.json(useCases.missionTargets(parseId(req.params.id)));
  });
  router.put('/:id/targets', requireRole('admin'), (req, res) => {
    const input = parse(targetsInputSchema, req.body, 'The target setting');
    res.json(useCases.replaceTargets(actorOf(req), parseId(req.params.id), input));
  });

  return router;
}
