import type { assessmentEndpoints } from '@cpea/shared/api/assessments';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';

export function assessmentHandlers(useCases: UseCases): Handlers<typeof assessmentEndpoints> {
  return {
    getAssessment: ({ params }) => useCases.getAssessment(params.id),
    updateAssessment: ({ actor, params, body }) => useCases.updateAssessment(actor, params.id, body),
    deleteAssessment: ({ actor, params }) => useCases.deleteAssessment(actor, params.id),
    submitAssessment: ({ actor, params, body }) => useCases.submitAssessment(actor, params.id, body),
    approveAssessment: ({ actor, params, body }) => useCases.approveAssessment(actor, params.id, body),
    reopenAssessment: ({ actor, params, body }) => useCases.reopenAssessment(actor, params.id, body),
  };
}
