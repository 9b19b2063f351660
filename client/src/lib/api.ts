import { z } from 'zod';
import { errorBodySchema, type ErrorBody, type ErrorIssue } from '@cpea/shared/api-error';
import {
  isJsonAnswer,
  urlOf,
  type AnswerOf,
  type CallInput,
  type Endpoint,
  type WireValue,
} from '@cpea/shared/api/endpoint';

// Like the server's, the errors this client makes itself are in English and translated where
// they are shown (useTranslateMessage), so they follow a change of language.

/** A failed API call: the server's `{error: {code, message, issues}}`, or a network failure (status 0). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ErrorIssue[] = [],
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A production build trusts the server's answers; development and tests check each against its schema. */
const CHECK_ANSWERS = import.meta.env.DEV || import.meta.env.MODE === 'test';

/**
 * The answer, once its schema accepts it. The JSON itself is returned, not what the schema
 * parsed it into, so a build that skips the check sees exactly the same value.
 */
function checked<T>(what: string, answer: z.ZodType<T>, json: unknown): T {
  if (CHECK_ANSWERS) {
    const result = answer.safeParse(json);
    if (!result.success) {
      throw new Error(`${what} answered outside its schema:\n${z.prettifyError(result.error)}`);
    }
  }
  return json as T;
}

/** The server's `{error}` out of a response body, or null when the body is not one. */
export function errorBodyOf(text: string): ErrorBody['error'] | null {
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's HTML error page, say): the caller falls back to the status.
  }
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success ? parsed.data.error : null;
}

async function toApiError(response: Response): Promise<ApiError> {
  const error = errorBodyOf(await response.text().catch(() => ''));
  if (error) return new ApiError(response.status, error.code, error.message, error.issues);
  const status = response.statusText ? `${response.status} ${response.statusText}` : String(response.status);
  return new ApiError(response.status, 'http_error', `The server answered ${status}`);
}

/**
 * Calls a declared endpoint: its path filled with `params`, `query` in the address, `body` as
 * JSON. Resolves with the answer its declaration promises; rejects with an ApiError.
 */
export async function call<E extends Endpoint>(
  endpoint: E,
  { signal, ...input }: CallInput<E> & { signal?: AbortSignal },
): Promise<AnswerOf<E>> {
  const { params, query, body } = input as {
    params?: Record<string, unknown>;
    query?: Record<string, WireValue>;
    body?: unknown;
  };
  const method = endpoint.method.toUpperCase();
  const url = urlOf(endpoint, { params, query });
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'Could not reach the server. Check your connection and try again.');
  }
  if (!response.ok) throw await toApiError(response);
  const { answer } = endpoint;
  if (!isJsonAnswer(answer)) return undefined as AnswerOf<E>;
  return checked(`${method} ${url}`, answer.schema, await response.json()) as AnswerOf<E>;
}
