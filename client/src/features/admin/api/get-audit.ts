import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { auditEndpoints } from '@cpea/shared/api/audit';
import type { AuditCsvQuery, AuditQuery } from '@cpea/shared/audit';
import { urlOf } from '@cpea/shared/api/endpoint';
import { call } from '../../../lib/api';

export const AUDIT_QUERY_KEY = ['audit'] as const;

/** The audit trail's filters, every one optional; dates are ISO and inclusive. */
export type AuditFilters = Partial<AuditQuery>;

export function getAudit(filters: AuditFilters, signal?: AbortSignal) {
  return call(auditEndpoints.readAudit, { query: { ...filters }, signal });
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

/** The CSV of every entry matching the filters, not only the page shown. */
export function auditCsvUrl({ entity, id, mission, user, from, to }: Partial<AuditCsvQuery>) {
  return urlOf(auditEndpoints.exportAuditCsv, { query: { entity, id, mission, user, from, to } });
}
