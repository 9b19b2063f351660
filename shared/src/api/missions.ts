import { z } from 'zod';
import { assessmentInputSchema, assessmentSchema } from '../assessment';
import { effectsQuerySchema, missionEffectsSchema } from '../effects';
import { missionEventSeriesSchema } from '../event-series';
import { missionInputSchema, missionPatchSchema, missionSchema } from '../mission';
import { missionViewSchema } from '../mission-view';
import { missionSummarySchema } from '../portfolio';
import { missionListQuerySchema, missionScoresQuerySchema, periodRangeQuerySchema } from '../queries';
import { republishInputSchema, republishPreviewSchema, republishSchema } from '../published';
import { missionScoresSchema } from '../scoring';
import { missionTargetsResponseSchema, targetsInputSchema, targetsPreviewSchema } from '../targets';
import { created, endpoints, idParams, jsonBody, ok } from './endpoint';

export const missionEndpoints = endpoints('missions', {
  listMissions: {
    method: 'get',
    path: '/api/missions',
    summary: 'List missions with their latest score and trend',
    role: 'viewer',
    query: missionListQuerySchema,
    answer: ok(z.array(missionSummarySchema), 'The missions, archived ones only when asked for'),
  },
  createMission: {
    method: 'post',
    path: '/api/missions',
    summary: 'Create a mission',
    description: 'Unknown fields, such as `id` or `archived`, are refused (400).',
    role: 'admin',
    body: jsonBody(missionInputSchema, 'mission'),
    answer: created(missionSchema, 'The mission as stored'),
  },
  getMission: {
    method: 'get',
    path: '/api/missions/:id',
    summary: 'Read a mission',
    role: 'viewer',
    params: idParams,
    answer: ok(missionSchema, 'The mission'),
  },
  updateMission: {
    method: 'patch',
    path: '/api/missions/:id',
    summary: 'Change a mission',
    description:
      'Changes only the fields it names, and carries the version it is based on: a stale version is a 409. The period type cannot change once the mission has assessments, and new dates may not leave assessments outside its life (409, naming the periods); one date sent alone is checked against the stored other (400).',
    role: 'admin',
    params: idParams,
    body: jsonBody(missionPatchSchema, 'mission'),
    answer: ok(missionSchema, 'The mission as stored, with its new version'),
    errors: [409],
  },
  archiveMission: {
    method: 'delete',
    path: '/api/missions/:id',
    summary: 'Archive a mission',
    description:
      'Archives rather than deletes: assessments stay, and `PATCH {archived: false, version}` restores it. Like every write it bumps the version.',
    role: 'admin',
    params: idParams,
    answer: ok(missionSchema, 'The archived mission'),
  },
  getMissionView: {
    method: 'get',
    path: '/api/missions/:id/view',
    summary: "What a mission's page shows first, in one answer",
    description:
      'The mission, its assessments, its scores (approved ones as published), its baselines and targets, its indicator set, every custom indicator, its UCDP GED event series and the change since its start for each count indicator the model can be fitted to: each as `GET /api/missions/:id`, `/assessments`, `/scores`, `/targets`, `/indicators`, `GET /api/indicators`, `/event-series` and `/effects?indicator=` answer it. Over a slow link one round trip instead of eight.',
    role: 'viewer',
    params: idParams,
    answer: ok(missionViewSchema, 'The parts of the mission page'),
  },
  getMissionTargets: {
    method: 'get',
    path: '/api/missions/:id/targets',
    summary: "Read a mission's baselines, targets and weights",
    role: 'viewer',
    params: idParams,
    answer: ok(missionTargetsResponseSchema, 'What the mission set, and what is in force'),
  },
  replaceMissionTargets: {
    method: 'put',
    path: '/api/missions/:id/targets',
    summary: "Add a version of a mission's baselines, targets and weights",
    description:
      "The version applies from `effectiveFrom` until the next version; by default from the mission's first period, which only a mission with at most one version may leave out (400 otherwise). Approved assessments keep their published scores.",
    role: 'admin',
    params: idParams,
    body: jsonBody(targetsInputSchema, 'target setting'),
    answer: ok(missionTargetsResponseSchema, 'What the mission set, and what is in force'),
  },
  previewMissionTargets: {
    method: 'post',
    path: '/api/missions/:id/targets/preview',
    summary: 'Preview what saving baselines, targets and weights would change',
    description:
      'Takes the body of `PUT /api/missions/:id/targets` and saves nothing: the drafts and submitted assessments whose scores would change (before → after), and the approved ones that keep their published scores but would score differently if reopened.',
    role: 'admin',
    params: idParams,
    body: jsonBody(targetsInputSchema, 'target setting'),
    answer: ok(targetsPreviewSchema, 'What saving would change'),
  },
  listAssessments: {
    method: 'get',
    path: '/api/missions/:id/assessments',
    summary: "List a mission's assessments, in a range of periods",
    role: 'viewer',
    params: idParams,
    query: periodRangeQuerySchema,
    answer: ok(z.array(assessmentSchema), 'The assessments, oldest period first'),
  },
  createAssessment: {
    method: 'post',
    path: '/api/missions/:id/assessments',
    summary: 'Start an assessment for a period',
    description:
      "A mission has one assessment per period (409 for a second), and none while archived. The period is a year from 1900 to 2100 and lies within the mission's life (400 on `period`).",
    role: 'analyst',
    params: idParams,
    body: jsonBody(assessmentInputSchema, 'assessment'),
    answer: created(assessmentSchema, 'The draft assessment'),
    errors: [409],
  },
  getMissionEventSeries: {
    method: 'get',
    path: '/api/missions/:id/event-series',
    summary: "A mission's conflict-event series from UCDP GED, before and during its life",
    description:
      "Per period every imported UCDP GED file covered whole, in the mission's country (and areas): events, the sums of UCDP's best, low and high estimates of the deaths, civilian deaths, and events by type of violence, with the GED version and citation. Periods before the mission's start are marked `beforeMission`; a period no file covered is absent, a covered one without events is zeros.",
    role: 'viewer',
    params: idParams,
    answer: ok(missionEventSeriesSchema, 'The series, oldest period first, and its source'),
  },
  getMissionEffects: {
    method: 'get',
    path: '/api/missions/:id/effects',
    summary: 'Change in a count indicator since a period: an interrupted time series',
    description:
      "A segmented quasi-Poisson regression (Lopez Bernal, Cummins & Gasparrini 2017) of a count indicator's values per period on time, with a level change and a slope change at `at`: by default the period of the mission's start date, with every period that has a count before it (`before`) and from it on (`after`, `at` included), each up to 20. The counts are the mission's stored UCDP GED event series where it has one (violent incidents: events; conflict fatalities: the sum of UCDP's best estimates; civilian casualties: civilian deaths), otherwise its approved assessments. The answer gives the level change as a rate ratio and the change in trend per year, with 95 % intervals; the earlier trend carried on (the counterfactual) for every period from `at` with its 95 % band; the totals observed and expected from `at`; the lag-1 autocorrelation of the residuals; a plain sentence; and the series used. A change in time, not proof of cause. 422, with the reason, when the indicator is not a count, either side has fewer than 8 periods with a count, or every count is zero.",
    role: 'viewer',
    params: idParams,
    query: effectsQuerySchema,
    answer: ok(missionEffectsSchema, 'The fitted model, its counterfactual and the series used'),
    errors: [422],
  },
  getMissionScores: {
    method: 'get',
    path: '/api/missions/:id/scores',
    summary: "A mission's scores per period, and the trend",
    role: 'viewer',
    params: idParams,
    query: missionScoresQuerySchema,
    answer: ok(missionScoresSchema, 'The scores with their inputs'),
  },
  previewRepublish: {
    method: 'get',
    path: '/api/published-scores/republish',
    summary: 'Preview publishing approved history again under the current methodology',
    description:
      'Every approved assessment whose score was published under another methodology version, with its score ' +
      'before and as it would be published now (under the settings version in force at its period). Changes nothing.',
    role: 'admin',
    answer: ok(
      republishPreviewSchema,
      'The assessments that would be published again, before → after, and the data version it was worked out at',
    ),
  },
  republishScores: {
    method: 'post',
    path: '/api/published-scores/republish',
    summary: 'Publish approved history again under the current methodology',
    description:
      'Publishes again every assessment the preview lists, each with the current methodology version, in one ' +
      'transaction, and records one audit entry for the action (entity `portfolio`, action `republish`) that lists ' +
      'each assessment with its score before and after. Refused (409) when the data changed since the preview ' +
      'it names, so what is published is what was previewed.',
    role: 'admin',
    body: jsonBody(republishInputSchema, 'republish request'),
    answer: ok(republishSchema, 'The assessments published again, before → after'),
  },
});
