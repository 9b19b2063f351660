import { z } from 'zod';
import { parsePeriod, periodOrdinal, periodSchema } from './periods';

/** `?from=&to=` on any endpoint that reads a span of periods. */
export const periodRangeQuerySchema = z
  .object({ from: periodSchema.optional(), to: periodSchema.optional() })
  .superRefine((range, ctx) => {
    if (!range.from || !range.to) return;
    const from = parsePeriod(range.from);
    const to = parsePeriod(range.to);
    // A malformed period already has its own issue.
    if (!from || !to) return;
    if (from.type !== to.type) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'From and to must both be quarters or both be months' });
    } else if (periodOrdinal(range.from) > periodOrdinal(range.to)) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'From is after to' });
    }
  });
export type PeriodRangeQuery = z.infer<typeof periodRangeQuerySchema>;

/**
 * `?flag=1` (or 0, true, false) as a boolean, `byDefault` when absent; a JSON body may send the
 * boolean itself. The pipe lets an answer that echoes a flag describe it as the boolean it is.
 */
export function flagDefaulting(byDefault: boolean) {
  return z
    .union([z.boolean(), z.enum(['0', '1', 'true', 'false'])], { error: 'Use 1 or 0' })
    .default(byDefault)
    .transform((value) => value === true || value === '1' || value === 'true')
    .pipe(z.boolean());
}

/** A flag that is off unless asked for. */
export const flagSchema = flagDefaulting(false);

export const missionListQuerySchema = z.object({ includeArchived: flagSchema, includeUnapproved: flagSchema });
export type MissionListQuery = z.infer<typeof missionListQuerySchema>;

/**
 * `GET /api/missions/:id/scores`: `?rescored=1` is the explicit view "rescored under current
 * settings", which scores approved assessments again instead of showing their published scores.
 */
export const missionScoresQuerySchema = periodRangeQuerySchema.safeExtend({ rescored: flagSchema });
export type MissionScoresQuery = z.infer<typeof missionScoresQuerySchema>;
