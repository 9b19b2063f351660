import { Router } from 'express';
import { comparisonQuerySchema, frozenReportInputSchema } from '@cpea/shared/comparison';
import type { UseCases } from '../services/use-cases';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { parse, parseId } from '../http/parse';
import { comparisonCsv } from '../services/comparison-csv';

export function reportsRouter(useCases: UseCases) {
  const router = Router();

  router.get('/comparison', requireRole('viewer'), (req, res) => {
    const query = parse(comparisonQuerySchema, req.query, 'The query');
    res.json(useCases.buildComparison(query));
  });
  router.get('/comparison.csv', requireRole('viewer'), (req, res) => {
    const query = parse(comparisonQuerySchema, req.query, 'The query');
    const csv = comparisonCsv(useCases.buildComparison(query));
    const span = `${query.from ?? 'start'}-${query.to ?? 'latest'}`;
    res.type('text/csv; charset=utf-8').attachment(`cpea-comparison-${span}.csv`).send(csv);
  });

  router.post('/frozen', requireRole('analyst'), (req, res) => {
    const input = parse(frozenReportInputSchema, req.body, 'The report');
    res.status(201).json(useCases.freezeComparison(actorOf(req), input));
  });
  router.get('/frozen', requireRole('viewer'), (_req, res) => {
    res.json(useCases.listFrozenReports());
  });
  router.get('/frozen/:id', requireRole('viewer'), (req, res) => {
    res.json(useCases.getFrozenReport(parseId(req.params.id)));
  });

  return router;
}
