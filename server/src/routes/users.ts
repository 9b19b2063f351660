import { Router } from 'express';
import { userInputSchema, userPatchSchema } from '@cpea/shared/user';
import type { Config } from '../config';
import type { UseCases } from '../services/use-cases';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { parse, parseId } from '../http/parse';

export function usersRouter(useCases: UseCases, config: Config) {
  const router = Router();
  router.use(requireRole('admin'));
  router.get('/', (_req, res) => {
    res.json(useCases.listUsers());
  });
  router.post('/', async (req, res) => {
    const input = parse(userInputSchema, req.body, 'The user');
    res.status(201).json(await useCases.createUser(actorOf(req), input, config));
  });
  router.patch('/:id', async (req, res) => {
    const patch = parse(userPatchSchema, req.body, 'The user');
    res.json(await useCases.updateUser(actorOf(req), parseId(req.params.id), patch, config));
  });
  return router;
}
