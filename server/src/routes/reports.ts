import { Router } from 'express';
import { comparisonQuerySchema, frozenReportInputSchema } from '@cpea/shared/comparison';
import type { Store } from '../db/store';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { parse, parseId } from '../http/parse';
import { buildComparison } from '../services/comparison';
import { comparisonCsv } from '../services/comparison-csv';
import { freezeComparison, getFrozenReport, listFrozenReports } from '../services/frozen-reports';

export function reportsRouter(store: Store) {
  const router = Router();

  router.get('/comparison', requireRole('viewer'), (req, res) => {
    const query = parse(comparisonQuerySchema, req.query, 'The query');
    res.json(buildComparison(store, query));
  });
  router.get('/comparison.csv', requireRole('viewer'), (req, res) => {
    const query = parse(comparisonQuerySchema, req.query, 'The query');
    const csv = comparisonCsv(buildComparison(store, query));
    const span = `${query.from ?? 'start'}-${query.to ?? 'latest'}`;
    res.type('text/csv; charset=utf-8').attachment(`cpea-comparison-${span}.csv`).send(csv);
  });

  router.post('/frozen', requireRole('analyst'), (req, res) => {
    const input = parse(frozenReportInputSchema, req.body, 'The report');
    res.status(201).json(freezeComparison(store, actorOf(req), input));
  });
  router.get('/frozen', requireRole('viewer'), (_req, res) => {
    res.json(listFrozenReports(store));
  });
  router.get('/frozen/:id', requireRole('viewer'), (req, res) => {
    res.json(getFrozenReport(store, parseId(req.params.id)));
  });

  return router;
}
