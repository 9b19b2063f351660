import { z } from 'zod';
import { errorBodySchema, type ErrorBody, type ErrorIssue } from '@cpea/shared/api-error';

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

type Query = Record<string, string | number | boolean | null | undefined>;

interface RequestOptions<T> {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** The shared schema of the answer; without one the answer is taken as the caller says. */
  answer?: z.ZodType<T>;
}

/** A production build trusts the server's answers; development and tests check each against its schema. */
const CHECK_ANSWERS = import.meta.env.DEV || import.meta.env.MODE === 'test';

/**
 * The answer, once its schema accepts it. The JSON itself is returned, not what the schema
 * parsed it into, so a build that skips the check sees exactly the same value.
 */
function checked<T>(method: string, path: string, answer: z.ZodType<T>, json: unknown): T {
  if (CHECK_ANSWERS) {
    const result = answer.safeParse(json);
    if (!result.success) {
      throw new Error(`${method} /api${path} answered outside its schema:\n${z.prettifyError(result.error)}`);
    }
  }
  return json as T;
}

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value != null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
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

async function request<T>(
  method: string,
  path: string,
  { query, body, signal, answer }: RequestOptions<T> = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
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
  if (response.status === 204) return undefined as T;
  const json: unknown = await response.json();
  return answer ? checked(method, path, answer, json) : (json as T);
}

type Options<T> = Omit<RequestOptions<T>, 'body'>;

export const api = {
  get: <T>(path: string, options?: Options<T>) => request<T>('GET', path, options),
  post: <T>(path: string, body: unknown, options?: Options<T>) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: Options<T>) => request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: Options<T>) => request<T>('PUT', path, { ...options, body }),
};
