// One assessment is read by its id, apart from its mission's keys: the assessment page and the
// workflow steps both write it under `detail(id)`.
export const assessmentKeys = {
  all: ['assessments'] as const,
  detail: (id: number) => [...assessmentKeys.all, id] as const,
};
