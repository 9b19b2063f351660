import type { Request, RequestHandler, Response } from 'express';
import {
  isJsonAnswer,
  isJsonBody,
  type AnswerOf,
  type BodyOf,
  type Endpoint,
  type ParamsOf,
  type QueryOf,
} from '@cpea/shared/api/endpoint';
import type { Actor } from '../services/actor';
import { actorOf } from './actor';
import { requireRole } from './auth';
import { apiNotFound } from './error-middleware';
import { parse, parseParams } from './parse';
import { routeTable } from './route-table';

/** Returned by a handler that wrote the answer itself: a stream, a cached body, a 422 with a result. */
export const SENT = Object.freeze({ sent: true } as const);
export type Sent = typeof SENT;

/** What a handler is given: the input its endpoint declares, parsed, and who is asking. */
export interface Call<E> {
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  actor: Actor;
  req: Request;
  res: Response;
}

/** What a handler may answer with: read-only data is as good as the mutable type the schema infers. */
type Frozen<T> = T extends (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;
type Reply<E> = E extends { answer: { schema: unknown } } ? Frozen<AnswerOf<E>> | Sent : void | Sent;
type Handle<E> = (call: Call<E>) => Reply<E> | Promise<Reply<E>>;

/** A handler, or one with middleware that runs between parsing and it (it may read the call). */
export type Handler<E> = Handle<E> | { before: RequestHandler[]; handle: Handle<E> };

/** One handler per endpoint of a group, by operationId. */
export type Handlers<G> = { [K in keyof G]: Handler<G[K]> };

const CALL = 'call';

/** The parsed call, for middleware in `before`. */
export function callOf<E extends Endpoint>(_endpoint: E, res: Response): Call<E> {
  return res.locals[CALL] as Call<E>;
}

function parseCall(endpoint: Endpoint): RequestHandler {
  const { params, query, body } = endpoint;
  return (req, res, next) => {
    res.locals[CALL] = {
      params: params && parseParams(params, req.params),
      query: query && parse(query, req.query, 'The query'),
      body: body && isJsonBody(body) ? parse(body.schema, req.body, `The ${body.noun}`) : undefined,
      actor: actorOf(res),
      req,
      res,
    };
    next();
  };
}

function answer(endpoint: Endpoint, handle: Handle<Endpoint>): RequestHandler {
  return async (_req, res) => {
    const reply = await handle(res.locals[CALL] as Call<Endpoint>);
    if (reply === SENT || res.headersSent) return;
    if (isJsonAnswer(endpoint.answer)) res.status(endpoint.answer.status).json(reply);
    else res.status(endpoint.answer.status).end();
  };
}

/** An endpoint's own steps: its role checked, its call parsed, the `before` middleware, its handler. */
function stepsOf(endpoint: Endpoint, handler: Handler<Endpoint>): RequestHandler {
  const { before, handle } = typeof handler === 'function' ? { before: [], handle: handler } : handler;
  return series([
    ...(endpoint.role ? [requireRole(endpoint.role)] : []),
    parseCall(endpoint),
    ...before,
    answer(endpoint, handle),
  ]);
}

/**
 * Middleware run one after another as an Express router runs them (an error, passed on, thrown
 * or rejected, skips the rest), without a router's path matching around each of them. Each
 * step's `next` is an argument written in place: a named function made for every request
 * would be renamed at run time by the transpiler, for a cost under load.
 */
export function series(steps: readonly RequestHandler[]): RequestHandler {
  return steps.reduceRight<RequestHandler>(
    (rest, step) => (req, res, done) => {
      try {
        const result: unknown = step(req, res, (error?: unknown) => (error ? done(error) : rest(req, res, done)));
        if (result instanceof Promise) result.catch((rejected: unknown) => done(rejected ?? new Error('Rejected')));
      } catch (thrown) {
        done(thrown);
      }
    },
    (_req, _res, done) => done(),
  );
}

const API_PATH = /^\/api(\/|$)/i;

/**
 * The one middleware that serves `/api`, and the only way a route gets there: it runs `common`
 * (the middleware every API request goes through, known route or not), finds the registry's
 * endpoint for the request, then runs its role check, its params, query and JSON body parsed
 * with its schemas (400 naming each field), and its handler, whose answer is sent with the
 * declared status. A route the registry does not declare gets 404.
 *
 * It runs them itself rather than as an Express router with a route per endpoint: walking a
 * router through fifty routes and a dozen layers was one of the largest costs of a cached
 * answer under load (measured by profiling).
 */
export function apiRoutes<R extends Record<string, Endpoint>>(
  registry: R,
  handlers: Handlers<R>,
  common: readonly RequestHandler[],
): RequestHandler {
  const find = routeTable(Object.values(registry));
  const own = new Map(
    Object.keys(registry).map((id) => [registry[id], stepsOf(registry[id], handlers[id] as Handler<Endpoint>)]),
  );
  const dispatch: RequestHandler = (req, res, next) => {
    const route = find(req.method, req.path);
    if (!route) return apiNotFound(req, res, next);
    req.params = route.params;
    own.get(route.endpoint)!(req, res, next);
  };
  const api = series([...common, dispatch]);
  return (req, res, next) => (API_PATH.test(req.path) ? api(req, res, next) : next());
}
