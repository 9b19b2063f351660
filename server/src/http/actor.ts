import type { Request } from 'express';
import type { Actor } from '../services/actor';

export function actorOf(_req: Request): Actor {
  return { userId: null };
}
