import type { auditEndpoints } from '@cpea/shared/api/audit';
import type { UseCases } from '../services/use-cases';
import type { Handlers } from '../http/mount';

export function auditHandlers(useCases: UseCases): Handlers<typeof auditEndpoints> {
  return {
    readAudit: ({ query }) => useCases.readAudit(query),
  };
}
