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
 * `?flag=1` (or 0, true, false) as a boolean, false when absent; a JSON body may send the
 * boolean itself. The pipe lets an answer that echoes a flag describe it as the boolean it is.
 */
export const flagSchema = z
  .union([z.boolean(), z.enum(['0', '1', 'true', 'false'])], { error: 'Use 1 or 0' })
  .default(false)
  .transform((value) => value === true || value === '1' || value === 'true')
  .pipe(z.boolean());

export const missionListQuerySchema = z.object({ includeArchived: flagSchema });
export type MissionListQuery = z.infer<typeof missionListQuerySchema>;
