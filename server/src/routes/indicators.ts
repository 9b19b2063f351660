import type { indicatorEndpoints } from '@cpea/shared/api/indicators';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';

export function indicatorHandlers(useCases: UseCases): Handlers<typeof indicatorEndpoints> {
  return {
    getMissionIndicators: ({ params }) => useCases.missionIndicators(params.id),
    listCustomIndicators: () => useCases.listCustomIndicators(),
    createCustomIndicator: ({ actor, body }) => useCases.createCustomIndicator(actor, body),
    updateCustomIndicator: ({ actor, params, body }) => useCases.updateCustomIndicator(actor, params.id, body),
    retireCustomIndicator: ({ actor, params }) => useCases.retireCustomIndicator(actor, params.id),
  };
}
