import { Router } from 'express';
import { exportQuerySchema } from '@cpea/shared/imports';
import type { Store } from '../db/store';
import { requireRole } from '../http/auth';
import { parse } from '../http/parse';
import { streamChunks } from '../http/stream';
import { exportAssessmentsCsv } from '../services/export-assessments';

export function exportsRouter(store: Store) {
  const router = Router();
  router.get('/assessments.csv', requireRole('viewer'), async (req, res) => {
    const query = parse(exportQuerySchema, req.query, 'The query');
    const file = exportAssessmentsCsv(store, query);
    res.type('text/csv; charset=utf-8').attachment(file.filename).setHeader('Cache-Control', 'no-store');
    await streamChunks(res, file.chunks);
  });
  return router;
}
