import { Router } from 'express';
import { exportQuerySchema } from '@cpea/shared/imports';
import type { UseCases } from '../services/use-cases';
import { requireRole } from '../http/auth';
import { parse } from '../http/parse';
import { streamChunks } from '../http/stream';

export function exportsRouter(useCases: UseCases) {
  const router = Router();
  router.get('/assessments.csv', requireRole('viewer'), async (req, res) => {
    const query = parse(exportQuerySchema, req.query, 'The query');
    const file = useCases.exportAssessmentsCsv(query);
    res.type('text/csv; charset=utf-8').attachment(file.filename).setHeader('Cache-Control', 'no-store');
    await streamChunks(res, file.chunks);
  });
  return router;
}
