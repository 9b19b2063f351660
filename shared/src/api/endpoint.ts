import { z } from 'zod';
import { idParamSchema } from '../mission';
import type { Role } from '../user';

// What an endpoint is: declared once here, mounted by the server, described by the OpenAPI
// document, called by the client and walked by the role tests.

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const TAGS = {
  meta: 'Health, the catalog and this document',
  auth: 'Signing in and out',
  missions: 'Missions, their targets, assessments and scores',
  indicators: 'Custom indicators an admin adds to the catalog',
  assessments: 'One assessment and its workflow: draft → submitted → approved',
  reports: 'The comparison report and its frozen copies',
  reporting: 'The reporting calendar and what waits for each user',
  export: 'CSV export',
  import: 'CSV import; all-or-nothing',
  audit: 'The audit trail',
  users: 'User accounts',
} as const;
export type Tag = keyof typeof TAGS;

/** What a JSON body is, as a refusal names it: "The mission is not valid". */
export type BodyNoun =
  | 'assessment'
  | 'indicator'
  | 'mission'
  | 'report'
  | 'republish request'
  | 'sign-in'
  | 'step'
  | 'target setting'
  | 'user';

export interface JsonBody<S extends z.ZodType = z.ZodType> {
  schema: S;
  noun: BodyNoun;
}
/** A file sent as `text/csv`; the handler reads the bytes. */
export interface CsvBody {
  csv: string;
}

export interface JsonAnswer<S extends z.ZodType = z.ZodType> {
  status: 200 | 201;
  description: string;
  schema: S;
  setsCookie?: true;
}
/** A CSV attachment the handler writes itself, streamed or whole. */
export interface CsvAnswer {
  status: 200;
  description: string;
  csv: true;
}
export interface EmptyAnswer {
  status: 204;
  description: string;
}
export type Answer = JsonAnswer | CsvAnswer | EmptyAnswer;

/**
 * Errors beyond those the endpoint's shape implies (400 for any input, 401 and 403 for a role,
 * 403 for any change sent from another origin, 404 for an id in the path, 413 for a body).
 */
export type ExtraError = 401 | 409 | 415 | 422 | 429;

export interface EndpointSpec {
  method: HttpMethod;
  /** As Express spells it: `/api/missions/:id`. */
  path: `/api/${string}`;
  summary: string;
  description?: string;
  /** The least role that may call it; null = anyone, signed in or not. */
  role: Role | null;
  /** One schema per `:name` in the path. */
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: JsonBody | CsvBody;
  answer: Answer;
  errors?: readonly ExtraError[];
}

export interface Endpoint extends EndpointSpec {
  tag: Tag;
  operationId: string;
}

/** A tag's endpoints, each named by its operationId. */
export function endpoints<const T extends Tag, const D extends Record<string, EndpointSpec>>(
  tag: T,
  specs: D,
): { [K in keyof D & string]: D[K] & { tag: T; operationId: K } } {
  return Object.fromEntries(
    Object.entries(specs).map(([operationId, spec]) => [operationId, { ...spec, tag, operationId }]),
  ) as { [K in keyof D & string]: D[K] & { tag: T; operationId: K } };
}

export const ok = <S extends z.ZodType>(schema: S, description: string) =>
  ({ status: 200, description, schema }) as const satisfies JsonAnswer<S>;
export const created = <S extends z.ZodType>(schema: S, description: string) =>
  ({ status: 201, description, schema }) as const satisfies JsonAnswer<S>;
export const noContent = (description: string) => ({ status: 204, description }) as const satisfies EmptyAnswer;
export const csvFile = (description: string) => ({ status: 200, description, csv: true }) as const satisfies CsvAnswer;
export const jsonBody = <S extends z.ZodType>(schema: S, noun: BodyNoun) => ({ schema, noun }) satisfies JsonBody<S>;

export const idParams = z.object({ id: idParamSchema.describe('The id, a positive whole number') });

export const isJsonBody = (body: JsonBody | CsvBody): body is JsonBody => 'schema' in body;
export const isJsonAnswer = (answer: Answer): answer is JsonAnswer => 'schema' in answer;

type ParamsSchema<E> = E extends { params: infer P extends z.ZodType } ? P : never;
type QuerySchema<E> = E extends { query: infer Q extends z.ZodType } ? Q : never;
type BodySchema<E> = E extends { body: JsonBody<infer S> } ? S : never;

/** What the server's handler is given, parsed. */
export type ParamsOf<E> = [ParamsSchema<E>] extends [never] ? undefined : z.output<ParamsSchema<E>>;
export type QueryOf<E> = [QuerySchema<E>] extends [never] ? undefined : z.output<QuerySchema<E>>;
export type BodyOf<E> = [BodySchema<E>] extends [never] ? undefined : z.output<BodySchema<E>>;
/** What the client sends, before the server's schema reads it. */
export type BodyInput<E> = [BodySchema<E>] extends [never] ? undefined : z.input<BodySchema<E>>;
export type ParamsInput<E> = [ParamsSchema<E>] extends [never]
  ? undefined
  : { [K in keyof z.output<ParamsSchema<E>>]: string | number };

/** A query as it travels: each field a string, a number, a flag or a list of ids. */
export type WireValue = string | number | boolean | readonly number[] | null | undefined;
export type QueryInput<E> = [QuerySchema<E>] extends [never]
  ? undefined
  : { [K in keyof z.output<QuerySchema<E>>]?: WireValue };

export type AnswerOf<E> = E extends { answer: JsonAnswer<infer S> } ? z.output<S> : void;

type Required<K extends string, T> = [T] extends [undefined] ? { [P in K]?: never } : { [P in K]: T };

/** What a client passes to call an endpoint: params and body when it declares them, a query when it takes one. */
export type CallInput<E> = Required<'params', ParamsInput<E>> &
  Required<'body', BodyInput<E>> &
  ([QueryInput<E>] extends [undefined] ? { query?: never } : { query?: QueryInput<E> });

/** `/api/missions/:id` with `{id: 3}` → `/api/missions/3`. */
export function pathOf(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    if (params[name] == null) throw new Error(`${path} needs :${name}`);
    return encodeURIComponent(String(params[name]));
  });
}

/** The query string the server reads back: lists joined with commas, empty fields left out. */
export function searchOf(query: Record<string, WireValue> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // A flag is 1 when set and absent when not, as the server's flag parameter reads it.
    if (value == null || value === '' || value === false) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : value === true ? '1' : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The address of a call: path with its params, then the query. */
export function urlOf(
  endpoint: Pick<EndpointSpec, 'path'>,
  { params, query }: { params?: Record<string, unknown>; query?: Record<string, WireValue> } = {},
): string {
  return `${pathOf(endpoint.path, params)}${searchOf(query)}`;
}
