import type { Request, RequestHandler, Response, Router } from 'express';
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
import { parse, parseParams } from './parse';

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
      actor: actorOf(req),
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

/**
 * Mounts an endpoint on the router that serves `/api`: its role checked, its params, query and
 * JSON body parsed with its schemas (400 naming each field), then its handler, whose answer is
 * sent with the declared status.
 */
export function mount<E extends Endpoint>(api: Router, endpoint: E, handler: Handler<E>) {
  const { before, handle } = typeof handler === 'function' ? { before: [], handle: handler } : handler;
  const path = endpoint.path.slice('/api'.length);
  api[endpoint.method](
    path,
    ...(endpoint.role ? [requireRole(endpoint.role)] : []),
    parseCall(endpoint),
    ...before,
    answer(endpoint, handle as Handle<Endpoint>),
  );
}

/** Every endpoint of the registry with its handler: the only way a route gets under `/api`. */
export function mountAll<R extends Record<string, Endpoint>>(api: Router, registry: R, handlers: Handlers<R>) {
  for (const id of Object.keys(registry)) mount(api, registry[id], handlers[id] as Handler<Endpoint>);
}
