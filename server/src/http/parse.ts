import type { z } from 'zod';
import { issuesFromZod, type ErrorIssue } from '@cpea/shared/api-error';
import { invalid } from '../domain-error';

/** Parses input at the edge with a shared schema; a failure becomes a 400 naming each field. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, what = 'The request'): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw invalid(`${what} is not valid`, issuesFromZod(result.error));
  return result.data;
}

/** The path's parameters, such as `:id`; a failure names each wrong one once. */
export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.infer<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const firstPerName = new Map<string, ErrorIssue>();
  for (const issue of issuesFromZod(result.error))
    if (!firstPerName.has(issue.path)) firstPerName.set(issue.path, issue);
  throw invalid(`The ${[...firstPerName.keys()].join(' and ')} in the path is not valid`, [...firstPerName.values()]);
}
