import { Router } from 'express';
import { auditQuerySchema } from '@cpea/shared/audit';
import type { UseCases } from '../services/use-cases';
import { requireRole } from '../http/auth';
import { parse } from '../http/parse';

export function auditRouter(useCases: UseCases) {
  const router = Router();
  router.get('/', requireRole('admin'), (req, res) => {
    res.json(useCases.readAudit(parse(auditQuerySchema, req.query, 'The query')));
  });
  return router;
}
