import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@cpea/shared/audit';
import { api } from '../../../lib/api';

export const AUDIT_QUERY_KEY = ['audit'] as const;

/** `GET /api/audit` filters; every one is optional. */
export interface AuditFilters {
  entity?: string;
  id?: number;
  user?: number;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
}

export function getAudit(filters: AuditFilters, signal?: AbortSignal) {
  return api.get<AuditEntry[]>('/audit', { query: { ...filters }, signal });
}

export function auditQueryOptions(filters: AuditFilters) {
  return queryOptions({
    queryKey: [...AUDIT_QUERY_KEY, filters],
    queryFn: ({ signal }) => getAudit(filters, signal),
    // The trail changes with every save anywhere; read it fresh.
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function useAudit(filters: AuditFilters) {
  return useQuery(auditQueryOptions(filters));
}
