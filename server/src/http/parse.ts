import type { z } from 'zod';
import { idParamSchema } from '@cpea/shared/mission';
import { issuesFromZod } from '@cpea/shared/api-error';
import { invalid } from '../domain-error';

/** Parses input at the edge with a shared schema; a failure becomes a 400 naming each field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, what = 'The request'): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(`${what} is not valid`, issuesFromZod(result.error));
  return result.data;
}

export function parseId(raw: unknown): number {
  const result = idParamSchema.safeParse(raw);
  if (!result.success)
    throw invalid('The id in the path is not valid', [{ path: 'id', message: 'Expected a positive whole number' }]);
  return result.data;
}
