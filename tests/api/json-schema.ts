import { z } from 'zod';

// Checks JSON values against the schemas of the OpenAPI document by reading them back into zod
// with `z.fromJSONSchema`. zod resolves references only under `$defs`, so the document's
// component schemas are handed over there.

const COMPONENT_REF = '"#/components/schemas/';

function withLocalRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll(COMPONENT_REF, '"#/$defs/')) as T;
}

/** A zod schema for one schema of the document; `$ref`s to its components resolve. */
export function zodFromDocumentSchema(schema: object, components: Record<string, unknown>): z.ZodType {
  const root = { ...withLocalRefs(schema), $defs: withLocalRefs(components) };
  return z.fromJSONSchema(root as Parameters<typeof z.fromJSONSchema>[0]);
}

/** How `value` breaks `schema`, or null when it conforms. */
export function schemaViolations(schema: object, components: Record<string, unknown>, value: unknown): string | null {
  const result = zodFromDocumentSchema(schema, components).safeParse(value);
  return result.success ? null : z.prettifyError(result.error);
}
