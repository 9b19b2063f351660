import { Router } from 'express';
import { userInputSchema, userPatchSchema } from '@cpea/shared/user';
import type { Config } from '../config';
import type { Store } from '../db/store';
import { actorOf } from '../http/actor';
import { requireRole } from '../http/auth';
import { parse, parseId } from '../http/parse';
import { createUser, listUsers, updateUser } from '../services/users';

export function usersRouter(store: Store, config: Config) {
  const router = Router();
  router.use(requireRole('admin'));
  router.get('/', (_req, res) => {
    res.json(listUsers(store));
  });
  router.post('/', async (req, res) => {
    const input = parse(userInputSchema, req.body, 'The user');
    res.status(201).json(await createUser(store, actorOf(req), input, config));
  });
  router.patch('/:id', async (req, res) => {
    const patch = parse(userPatchSchema, req.body, 'The user');
    res.json(await updateUser(store, actorOf(req), parseId(req.params.id), patch, config));
  });
  return router;
}
