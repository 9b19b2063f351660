import type { AuditQuery } from '@cpea/shared/audit';
import type { Store } from '../db/store';

export function readAudit(store: Store, query: AuditQuery) {
  return store.audit.list({
    entity: query.entity,
    entityId: query.id,
    userId: query.user,
    from: query.from,
    // Inclusive of the whole last day.
    to: query.to ? `${query.to}T23:59:59.999Z` : undefined,
    limit: query.limit,
  });
}
