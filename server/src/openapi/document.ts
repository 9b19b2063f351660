import { z } from 'zod';
import {
  TAGS,
  isJsonAnswer,
  isJsonBody,
  type Answer,
  type CsvBody,
  type Endpoint,
  type HttpMethod,
  type JsonBody,
} from '@cpea/shared/api/endpoint';
import { ENDPOINTS } from '@cpea/shared/api/registry';
import { IMPORT_MAX_BYTES } from '@cpea/shared/imports';
import type { Role } from '@cpea/shared/user';
import { SESSION_COOKIE } from '../http/auth';
import { API_BODY, SIGN_IN_BODY } from '../http/json-body';
import { version } from '../version';
import { componentSchemas, jsonSchemaOf, schemaOrRef, type Io, type JsonSchema, type SchemaName } from './schemas';

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

export type OpenApiDocument = {
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
};

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
/** A 422 outside an import: the usual error object, its message saying why the data cannot answer. */
const UNPROCESSABLE_RESPONSE = [
  'Unprocessable',
  'The request is well formed but the data cannot answer it; the message says why (for a model, too few periods or only zeros).',
] as const;

const schemaRef = (name: SchemaName): Ref => ({ $ref: `#/components/schemas/${name}` });

/** `/api/missions/:id` → `/api/missions/{id}`. */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

/** An object schema's fields as parameters; a preprocessing step in front of the object is looked through. */
function parametersOf(schema: z.ZodType, where: Parameter['in']): Parameter[] {
  const object = schema instanceof z.ZodPipe && schema.in instanceof z.ZodTransform ? schema.out : schema;
  // A path parameter is described as the server reads it; a query as a client may write it.
  const io: Io = where === 'path' ? 'output' : 'input';
  const json = jsonSchemaOf(object, io);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...propertySchema }]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(typeof description === 'string' ? { description } : {}),
    schema: propertySchema,
  }));
}

function pathParameters(endpoint: Endpoint): Parameter[] {
  const named = [...endpoint.path.matchAll(/:(\w+)/g)].map(([, name]) => name);
  const declared = endpoint.params ? parametersOf(endpoint.params, 'path') : [];
  if (declared.map((p) => p.name).join() !== named.join()) {
    throw new Error(`${endpoint.operationId}: the params schema does not name the parameters of ${endpoint.path}`);
  }
  return declared;
}

function content(what: JsonBody | CsvBody | Answer, io: Io): Record<string, MediaType> | undefined {
  if ('csv' in what) {
    const description = typeof what.csv === 'string' ? what.csv : what.description;
    return { 'text/csv': { schema: { type: 'string', description } } };
  }
  if ('schema' in what) return { 'application/json': { schema: schemaOrRef(what.schema, io) } };
  return undefined;
}

function errorStatuses(spec: Endpoint): ErrorStatus[] {
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

function operation(spec: Endpoint): Operation {
  const { answer } = spec;
  const parameters = [...pathParameters(spec), ...(spec.query ? parametersOf(spec.query, 'query') : [])];
  const answerContent = content(answer, 'output');
  const responses: Record<string, Response | Ref> = {
    [answer.status]: {
      description: answer.description,
      ...(isJsonAnswer(answer) && answer.setsCookie
        ? {
            headers: {
              'Set-Cookie': {
                description: `The session cookie \`${SESSION_COOKIE}\`, httpOnly and SameSite=Strict`,
                schema: { type: 'string' },
              },
            },
          }
        : {}),
      ...(answerContent ? { content: answerContent } : {}),
    },
  };
  for (const status of errorStatuses(spec)) {
    const name = status === 422 && !isCsvUpload(spec) ? UNPROCESSABLE_RESPONSE[0] : ERROR_RESPONSES[status][0];
    responses[status] = { $ref: `#/components/responses/${name}` };
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
            ...(isJsonBody(spec.body) ? {} : { description: spec.body.csv }),
            content: content(spec.body, 'input')!,
          },
        }
      : {}),
    responses,
  };
}

function errorResponses(): Record<string, Response> {
  const [unprocessable, unprocessableDescription] = UNPROCESSABLE_RESPONSE;
  return {
    ...Object.fromEntries(
      Object.entries(ERROR_RESPONSES).map(([status, [name, description]]) => [
        name,
        {
          description,
          content: { 'application/json': { schema: schemaRef(status === '422' ? 'ImportFailure' : 'Error') } },
        },
      ]),
    ),
    [unprocessable]: {
      description: unprocessableDescription,
      content: { 'application/json': { schema: schemaRef('Error') } },
    },
  };
}

/** An endpoint that takes a CSV file: its 422 is an import's failure, with the row errors. */
function isCsvUpload(spec: Endpoint): boolean {
  return spec.body != null && !isJsonBody(spec.body);
}

/** The whole API as OpenAPI 3.1, built from the endpoints' declarations and their zod schemas. */
export function buildOpenApiDocument(endpoints: readonly Endpoint[] = ENDPOINTS): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  for (const spec of endpoints) {
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
