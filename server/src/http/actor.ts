import type { Response } from 'express';
import type { Actor } from '../services/actor';

export function actorOf(res: Response): Actor {
  return { userId: res.locals.user?.id ?? null };
}
