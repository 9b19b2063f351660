import { Router } from 'express';
import { CHALLENGES, INDICATORS, KPIS, SOURCES } from '@cpea/shared/catalog';
import type { Health } from '@cpea/shared/health';
import { openApiDocument } from '../openapi/document';
import { version } from '../version';

export function metaRouter() {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', version } satisfies Health);
  });
  router.get('/catalog', (_req, res) => {
    res.json({ sources: SOURCES, kpis: KPIS, indicators: INDICATORS, challenges: CHALLENGES });
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  return router;
}
