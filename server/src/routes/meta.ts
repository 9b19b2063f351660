import type { metaEndpoints } from '@cpea/shared/api/meta';
import { CHALLENGES, INDICATORS, KPIS, SOURCES } from '@cpea/shared/catalog';
import type { Handlers } from '../http/mount';
import { openApiDocument } from '../openapi/document';
import { version } from '../version';

export function metaHandlers(): Handlers<typeof metaEndpoints> {
  return {
    getHealth: () => ({ status: 'ok', version }),
    getCatalog: () => ({ sources: SOURCES, kpis: KPIS, indicators: INDICATORS, challenges: CHALLENGES }),
    getOpenApiDocument: () => openApiDocument(),
  };
}
