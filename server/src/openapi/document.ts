import { z } from 'zod';
import { IMPORT_MAX_BYTES } from '@cpea/shared/imports';
import { idParamSchema } from '@cpea/shared/mission';
import type { Role } from '@cpea/shared/user';
import { SESSION_COOKIE } from '../http/auth';
import { API_BODY, SIGN_IN_BODY } from '../http/json-body';
import { version } from '../version';
import type { HttpMethod } from './mounted-routes';
import { OPERATIONS, TAGS, type Content, type OperationSpec } from './operations';
import { componentSchemas, jsonSchemaOf, type JsonSchema, type SchemaName } from './schemas';

export interface Ref {
  $ref: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface MediaType {
  schema: JsonSchema | Ref;
}

export interface Response {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  'x-required-role': Role | null;
  security: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required: true; description?: string; content: Record<string, MediaType> };
  responses: Record<string, Response | Ref>;
}

export type PathItem = Partial<Record<HttpMethod, Operation>>;

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<SchemaName, JsonSchema>;
    responses: Record<string, Response>;
    securitySchemes: Record<string, { type: 'apiKey'; in: 'cookie'; name: string; description: string }>;
  };
  security: Record<string, string[]>[];
}

const SECURITY_SCHEME = 'session';

const ROLE_TEXT: Record<Role | 'none', string> = {
  none: 'Open to anyone, signed in or not.',
  viewer: 'Needs a signed-in user: viewer, analyst or admin.',
  analyst: 'Needs the analyst role: analysts and admins.',
  admin: 'Needs the admin role.',
};

const ERROR_RESPONSES = {
  400: [
    'BadRequest',
    'The input is not valid; each issue names the field and what is wrong with it. ' +
      `A JSON body may nest at most ${API_BODY.maxDepth} levels deep (${SIGN_IN_BODY.maxDepth} for a sign-in).`,
  ],
  401: ['Unauthenticated', 'Not signed in or the session has expired; on sign-in, a wrong username or password.'],
  403: ['Forbidden', 'Signed in, but the role does not allow this; or a change sent from a page of another origin.'],
  404: ['NotFound', 'Nothing with that id.'],
  409: ['Conflict', 'The change conflicts with what is stored: a stale version, a duplicate, or a locked record.'],
  413: [
    'PayloadTooLarge',
    `The request body is too large: ${API_BODY.maxBytes / 1024 / 1024} MB for JSON (${SIGN_IN_BODY.maxBytes / 1024} KB ` +
      `for a sign-in), ${IMPORT_MAX_BYTES / 1024 / 1024} MB for a CSV file.`,
  ],
  415: ['UnsupportedMediaType', 'The file was not sent as `text/csv`.'],
  422: ['ImportFailed', 'Rows of the file are wrong; nothing was imported.'],
  429: ['RateLimited', 'Too many sign-in attempts; wait fifteen minutes.'],
} as const;
type ErrorStatus = keyof typeof ERROR_RESPONSES;

const PATH_PARAMETERS: Record<string, { schema: z.ZodType; description: string }> = {
  id: { schema: idParamSchema, description: 'The id, a positive whole number' },
};

const schemaRef = (name: SchemaName): Ref => ({ $ref: `#/components/schemas/${name}` });

/** `/api/missions/:id` → `/api/missions/{id}`. */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

function pathParameters(path: string): Parameter[] {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => {
    const known = PATH_PARAMETERS[name];
    if (!known) throw new Error(`No schema for the path parameter :${name} of ${path}`);
    return {
      name,
      in: 'path',
      required: true,
      description: known.description,
      schema: jsonSchemaOf(known.schema, 'output'),
    };
  });
}

/** A query schema's fields as parameters; a preprocessing step in front of the object is looked through. */
function queryParameters(schema: z.ZodType): Parameter[] {
  const object = schema instanceof z.ZodPipe && schema.in instanceof z.ZodTransform ? schema.out : schema;
  const json = jsonSchemaOf(object, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...propertySchema }]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema: propertySchema,
  }));
}

function content(spec: Content): Record<string, MediaType> {
  if ('csv' in spec) return { 'text/csv': { schema: { type: 'string', description: spec.csv } } };
  const ref = schemaRef(spec.schema);
  return { 'application/json': { schema: spec.list ? { type: 'array', items: ref } : ref } };
}

function errorStatuses(spec: OperationSpec): ErrorStatus[] {
  const hasPathId = spec.path.includes(':');
  const implied: (ErrorStatus | false)[] = [
    (hasPathId || spec.query != null || spec.body != null) && 400,
    spec.role != null && 401,
    (spec.role === 'analyst' || spec.role === 'admin' || spec.method !== 'get') && 403,
    hasPathId && 404,
    spec.body != null && 413,
  ];
  const all = new Set([...implied.filter((s) => s !== false), ...(spec.errors ?? [])]);
  return [...all].sort((a, b) => a - b);
}

function operation(spec: OperationSpec): Operation {
  const { success } = spec;
  const parameters = [...pathParameters(spec.path), ...(spec.query ? queryParameters(spec.query) : [])];
  const responses: Record<string, Response | Ref> = {
    [success.status]: {
      description: success.description,
      ...(success.setsCookie
        ? {
            headers: {
              'Set-Cookie': {
                description: `The session cookie \`${SESSION_COOKIE}\`, httpOnly and SameSite=Strict`,
                schema: { type: 'string' },
              },
            },
          }
        : {}),
      ...(success.content ? { content: content(success.content) } : {}),
    },
  };
  for (const status of errorStatuses(spec)) {
    responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` };
  }
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    description: [ROLE_TEXT[spec.role ?? 'none'], spec.description].filter(Boolean).join('\n\n'),
    tags: [spec.tag],
    'x-required-role': spec.role,
    security: spec.role == null ? [] : [{ [SECURITY_SCHEME]: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            ...('csv' in spec.body ? { description: spec.body.csv } : {}),
            content: content(spec.body),
          },
        }
      : {}),
    responses,
  };
}

function errorResponses(): Record<string, Response> {
  return Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([status, [name, description]]) => [
      name,
      {
        description,
        content: { 'application/json': { schema: schemaRef(status === '422' ? 'ImportFailure' : 'Error') } },
      },
    ]),
  );
}

/** The whole API as OpenAPI 3.1, built from the shared zod schemas and the operation list. */
export function buildOpenApiDocument(operations: readonly OperationSpec[] = OPERATIONS): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  for (const spec of operations) {
    const item = (paths[toOpenApiPath(spec.path)] ??= {});
    if (item[spec.method]) throw new Error(`${spec.method.toUpperCase()} ${spec.path} is described twice`);
    item[spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'CPEA — Conflict Prevention Effectiveness Assessment',
      version,
      description: [
        'JSON over HTTP under `/api`. Sign in with `POST /api/auth/login`; the session cookie does the rest.',
        'Errors always look like `{"error": {"code", "message", "issues": [{"path", "message"}]}}`, ' +
          'never an HTML page, and bad input is never a 500.',
        'Roles: a viewer reads; an analyst also creates and edits draft assessments and submits them; ' +
          'an admin also approves, reopens, and manages missions, targets and users. ' +
          'Each operation names the least role it needs in `x-required-role` (null when open to anyone).',
      ].join('\n\n'),
    },
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(),
      responses: errorResponses(),
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'The session cookie `POST /api/auth/login` sets.',
        },
      },
    },
    security: [{ [SECURITY_SCHEME]: [] }],
  };
}

let built: OpenApiDocument | undefined;

/** Built once, on first use. */
export function openApiDocument(): OpenApiDocument {
  return (built ??= buildOpenApiDocument());
}
