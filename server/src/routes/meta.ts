import { Router } from 'express';
import { CHALLENGES, INDICATORS, KPIS, SOURCES } from '@cpea/shared/catalog';
import { version } from '../version';

export function metaRouter() {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', version });
  });
  router.get('/catalog', (_req, res) => {
    res.json({ sources: SOURCES, kpis: KPIS, indicators: INDICATORS, challenges: CHALLENGES });
  });
  return router;
}
