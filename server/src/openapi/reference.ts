import { HTTP_METHODS } from '@cpea/shared/api/endpoint';
import type { MediaType, OpenApiDocument, Operation, Parameter, Ref } from './document';
import type { JsonSchema } from './schemas';

// docs/API.md, rendered from the OpenAPI document so the two cannot say different things.

const COMPONENT_REF = '#/components/schemas/';

function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && typeof (value as Ref).$ref === 'string';
}

function refName(ref: Ref): string {
  return ref.$ref.slice(ref.$ref.lastIndexOf('/') + 1);
}

const code = (text: string) => `\`${text}\``;
/** A table cell: one line, and a pipe does not end the cell. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function typeText(schema: JsonSchema | Ref): string {
  if (isRef(schema)) return code(refName(schema));
  if ('const' in schema) return code(JSON.stringify(schema.const));
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => code(String(v))).join(', ')}`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeText).join(' or ');
  const types = (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []) as string[];
  if (types.length === 0) return 'any';
  return types
    .map((type) => {
      if (type === 'array') return `array of ${typeText((schema.items as JsonSchema | undefined) ?? {})}`;
      if (type === 'string' && typeof schema.format === 'string') return `string (${schema.format})`;
      return type;
    })
    .join(' or ');
}

function bound(value: unknown): value is number {
  return typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER;
}

function notes(schema: JsonSchema, withDefault = true): string {
  const parts: string[] = [];
  if (typeof schema.description === 'string') parts.push(schema.description);
  const [shortest, longest] = [schema.minLength, schema.maxLength];
  if (bound(shortest) && bound(longest)) parts.push(`length ${shortest}–${longest}`);
  else if (bound(longest)) parts.push(`at most ${longest} characters`);
  else if (bound(shortest)) parts.push(`at least ${shortest} characters`);
  const low = bound(schema.minimum)
    ? `≥ ${schema.minimum}`
    : bound(schema.exclusiveMinimum)
      ? `> ${schema.exclusiveMinimum}`
      : null;
  const high = bound(schema.maximum) ? `≤ ${schema.maximum}` : null;
  if (low || high) parts.push([low, high].filter(Boolean).join(', '));
  if (bound(schema.maxItems)) parts.push(`at most ${schema.maxItems} items`);
  if (typeof schema.pattern === 'string' && schema.pattern.length <= 40) parts.push(`pattern ${code(schema.pattern)}`);
  if (withDefault && 'default' in schema) parts.push(`default ${code(JSON.stringify(schema.default))}`);
  return parts.join('; ');
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

function fieldTable(schema: JsonSchema, withDefaults: boolean): string[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties).map(([name, field]) => [
    code(name),
    typeText(field),
    required.has(name) ? 'yes' : 'no',
    notes(field, withDefaults),
  ]);
  return rows.length > 0 ? table(['Field', 'Type', 'Required', 'Notes'], rows) : [];
}

function parameterTable(parameters: Parameter[]): string[] {
  const rows = parameters.map((p) => [
    code(p.name),
    p.in,
    typeText(p.schema),
    p.required ? 'yes' : 'no',
    notes({ ...p.schema, ...(p.description ? { description: p.description } : {}) }),
  ]);
  return table(['Name', 'In', 'Type', 'Required', 'Notes'], rows);
}

function mediaText(content: Record<string, MediaType> | undefined): string {
  if (!content) return 'no body';
  return Object.entries(content)
    .map(([type, { schema }]) => (type === 'application/json' ? typeText(schema) : code(type)))
    .join(', ');
}

function operationSection(doc: OpenApiDocument, method: string, path: string, op: Operation): string[] {
  const lines = [`### ${code(`${method.toUpperCase()} ${path}`)}`, '', `${op.summary}.`, ''];
  lines.push(`Role: **${op['x-required-role'] ?? 'none'}**. ${op.description}`, '');
  if (op.parameters?.length) lines.push('Parameters:', '', ...parameterTable(op.parameters), '');
  if (op.requestBody) {
    for (const [type, { schema }] of Object.entries(op.requestBody.content)) {
      const what = [code(type), ...(isRef(schema) ? [code(refName(schema))] : [])].join(', ');
      const about = op.requestBody.description ? ` ${op.requestBody.description}.` : '';
      lines.push(`Request body (${what}):${about}`);
      const fields = isRef(schema) ? fieldTable(resolveSchema(doc, schema), true) : [];
      lines.push(...(fields.length > 0 ? ['', ...fields] : []), '');
    }
  }
  lines.push('Responses:', '');
  const errors: string[] = [];
  for (const [status, response] of Object.entries(op.responses)) {
    if (isRef(response)) {
      errors.push(code(status));
      continue;
    }
    lines.push(`- ${code(status)} ${response.description}: ${mediaText(response.content)}.`);
  }
  if (errors.length > 0) lines.push(`- ${errors.join(', ')}: see [Errors](#errors).`);
  lines.push('');
  return lines;
}

function resolveSchema(doc: OpenApiDocument, ref: Ref): JsonSchema {
  if (!ref.$ref.startsWith(COMPONENT_REF)) throw new Error(`Cannot resolve ${ref.$ref}`);
  return doc.components.schemas[refName(ref) as keyof OpenApiDocument['components']['schemas']];
}

/** Each shared error response with the status operations answer it with, by status. */
function errorStatuses(doc: OpenApiDocument): [status: string, name: string][] {
  const byStatus = new Map<string, string>();
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (isRef(response)) byStatus.set(status, refName(response));
      }
    }
  }
  return [...byStatus].sort(([a], [b]) => Number(a) - Number(b));
}

/** Names of the component schemas some response carries. */
function responseSchemaNames(doc: OpenApiDocument): string[] {
  const names = new Set<string>();
  const visit = (value: unknown) => {
    if (isRef(value) && value.$ref.startsWith(COMPONENT_REF)) names.add(refName(value));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  for (const item of Object.values(doc.paths)) {
    for (const op of Object.values(item)) visit(Object.values(op.responses).filter((r) => !isRef(r)));
  }
  for (const response of Object.values(doc.components.responses)) visit(response);
  return [...names];
}

/** The API reference as Markdown: per tag, each operation; then the errors and the response schemas. */
export function renderApiReference(doc: OpenApiDocument): string {
  const lines = [
    '# API reference',
    '',
    '<!-- Generated from the OpenAPI document by scripts/generate-api-docs.ts; do not edit by hand. -->',
    '',
    doc.info.description,
    '',
    `The same description, as OpenAPI ${doc.openapi}, is served at ${code('GET /api/openapi.json')}.`,
    '',
  ];
  for (const tag of doc.tags) {
    lines.push(`## ${capitalise(tag.name)}`, '', `${tag.description}.`, '');
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (op?.tags.includes(tag.name)) lines.push(...operationSection(doc, method, path, op));
      }
    }
  }
  lines.push('## Errors', '', 'Every error has the same shape; the status says what kind it is.', '');
  const rows = errorStatuses(doc).map(([status, name]) => {
    const response = doc.components.responses[name];
    return [code(status), response.description, mediaText(response.content)];
  });
  lines.push(...table(['Status', 'Meaning', 'Body'], rows), '');
  lines.push('## Schemas', '', 'What the responses carry.', '');
  for (const name of responseSchemaNames(doc)) {
    const schema = doc.components.schemas[name as keyof OpenApiDocument['components']['schemas']];
    lines.push(`### ${name}`, '');
    if (typeof schema.description === 'string') lines.push(schema.description, '');
    const fields = fieldTable(schema, false);
    if (fields.length > 0) lines.push(...fields, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
