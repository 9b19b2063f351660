import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { indicatorEndpoints } from '@cpea/shared/api/indicators';
import type { CustomIndicatorInput, CustomIndicatorPatch } from '@cpea/shared/custom-indicators';
import { call } from '../../../lib/api';
import { CUSTOM_INDICATORS_KEY, customIndicatorsQueryOptions } from '../../../lib/indicator-set';
import { missionKeys } from '../../../lib/mission-keys';
import { AUDIT_QUERY_KEY } from './get-audit';

export function useCustomIndicators() {
  return useQuery(customIndicatorsQueryOptions());
}

/** A change of an indicator can move any mission's form, charts and scores. */
function useInvalidateIndicators() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: CUSTOM_INDICATORS_KEY }),
      queryClient.invalidateQueries({ queryKey: missionKeys.all }),
      queryClient.invalidateQueries({ queryKey: AUDIT_QUERY_KEY }),
    ]);
}

export function useCreateCustomIndicator() {
  const invalidate = useInvalidateIndicators();
  return useMutation({
    mutationFn: (input: CustomIndicatorInput) => call(indicatorEndpoints.createCustomIndicator, { body: input }),
    onSuccess: invalidate,
  });
}

export function useRetireCustomIndicator() {
  const invalidate = useInvalidateIndicators();
  return useMutation({
    mutationFn: (id: string) => call(indicatorEndpoints.retireCustomIndicator, { params: { id } }),
    onSuccess: invalidate,
  });
}

export function useUpdateCustomIndicator() {
  const invalidate = useInvalidateIndicators();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: CustomIndicatorPatch }) =>
      call(indicatorEndpoints.updateCustomIndicator, { params: { id }, body: patch }),
    onSuccess: invalidate,
  });
}
