import type { missionEndpoints } from '@cpea/shared/api/missions';
import type { UseCases } from '../services/use-cases';
import { SENT, type Handlers } from '../http/mount';
import { ResponseCache, sendVersionedJson } from '../http/response-cache';

/** A mission's scores run to about 100 KB over ten years of quarters: room for a few hundred. */
const SCORES_CACHE_BYTES = 32 * 1024 * 1024;

export function missionHandlers(useCases: UseCases): Handlers<typeof missionEndpoints> {
  const scoredResponses = new ResponseCache(SCORES_CACHE_BYTES);
  return {
    listMissions: ({ query }) => useCases.listMissionSummaries(query),
    createMission: ({ actor, body }) => useCases.createMission(actor, body),
    getMission: ({ params }) => useCases.getMission(params.id),
    updateMission: ({ actor, params, body }) => useCases.updateMission(actor, params.id, body),
    archiveMission: ({ actor, params }) => useCases.archiveMission(actor, params.id),
    getMissionView: ({ params }) => useCases.missionView(params.id),
    getMissionTargets: ({ params }) => useCases.missionTargets(params.id),
    replaceMissionTargets: ({ actor, params, body }) => useCases.replaceTargets(actor, params.id, body),
    previewMissionTargets: ({ params, body }) => useCases.previewTargets(params.id, body),
    listAssessments: ({ params, query }) => useCases.listAssessments(params.id, query),
    createAssessment: ({ actor, params, body }) => useCases.createAssessment(actor, params.id, body),
    getMissionEventSeries: ({ params }) => useCases.missionEventSeries(params.id),
    getMissionEffects: ({ params, query }) => useCases.missionEffects(params.id, query),
    previewRepublish: ({ actor }) => useCases.previewRepublish(actor),
    republishScores: ({ actor, body }) => useCases.republishScores(actor, body),
    getMissionScores: ({ params, query, res }) => {
      const version = useCases.scoredDataVersion();
      const variant = `${query.from ?? ''}..${query.to ?? ''}${query.rescored ? ' rescored' : ''}`;
      sendVersionedJson(res, scoredResponses, { version, tag: String(params.id), variant }, () =>
        useCases.missionScores(params.id, query),
      );
      return SENT;
    },
  };
}
