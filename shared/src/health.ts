import { z } from 'zod';

/** `GET /api/health`: the server is up, and which release it runs. */
export const healthSchema = z.object({ status: z.literal('ok'), version: z.string() });
export type Health = z.infer<typeof healthSchema>;
