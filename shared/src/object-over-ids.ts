import { z } from 'zod';

/**
 * A strict object with one key per catalog id. Built with `Object.fromEntries`, the shape's
 * type would widen its keys to `string`; this keeps them, so the inferred type names each id.
 */
export function objectOverIds<Id extends string, Field extends z.ZodType>(
  ids: readonly Id[],
  fieldOf: (id: Id) => Field,
) {
  const shape = Object.fromEntries(ids.map((id) => [id, fieldOf(id)])) as Record<Id, Field>;
  return z.strictObject(shape);
}
