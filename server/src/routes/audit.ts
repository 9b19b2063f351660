import { Router } from 'express';
import { auditQuerySchema } from '@cpea/shared/audit';
import type { Store } from '../db/store';
import { requireRole } from '../http/auth';
import { parse } from '../http/parse';
import { readAudit } from '../services/audit';

export function auditRouter(store: Store) {
  const router = Router();
  router.get('/', requireRole('admin'), (req, res) => {
    res.json(readAudit(store, parse(auditQuerySchema, req.query, 'The query')));
  });
  return router;
}
