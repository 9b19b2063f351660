import type { Request } from 'express';
import type { Actor } from '../services/actor';

export function actorOf(req: Request): Actor {
  return { userId: req.user?.id ?? null };
}
