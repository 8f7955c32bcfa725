import { ErrorBodySchema, type ErrorCode } from '@gci/shared';
import type { z } from 'zod';

/** Codes the server sends (`ErrorCode`), plus the two the client raises itself. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'invalid_response';

/**
 * Every failed call ends here: an error body `{ code, message, field? }` from the server, a
 * network failure (status 0), or a response that does not match the shared schema.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    /** a server code outside `ErrorCode` is kept as sent */
    readonly code: ApiErrorCode | (string & {}),
    message: string,
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface CallOptions {
  signal?: AbortSignal;
  /** extra request headers, e.g. an idempotency key */
  headers?: Record<string, string>;
}

let csrfToken: string | undefined;

/**
 * The session's CSRF token (from the login or `GET /api/auth/session` response): the server rejects a
 * state-changing request without it (`403 csrf_failed`). Set it on sign-in, clear it on sign-out.
 */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** GETs `path` (e.g. `/api/public/cycles`) and parses the body with the shared schema. */
export function apiGet<S extends z.ZodType>(path: string, schema: S, options: CallOptions = {}): Promise<z.output<S>> {
  return call(path, schema, { method: 'GET', signal: options.signal, headers: options.headers });
}

/** Sends `body` as JSON (none when `undefined`); an empty reply (204) is parsed as `null`: pass `z.null()`. */
export function apiSend<S extends z.ZodType>(
  method: Method,
  path: string,
  body: unknown,
  schema: S,
  options: CallOptions = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { ...options.headers };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const init: RequestInit = { method, signal: options.signal, headers };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  return call(path, schema, init);
}

async function call<S extends z.ZodType>(path: string, schema: S, init: RequestInit): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    // An abort is the caller's decision, not a failure to report.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }

  const body = await readJson(response);
  if (!response.ok) throw toApiError(response, body);

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(response.status, 'invalid_response', `Unexpected response from ${path}`, undefined, parsed.error.issues);
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const error = ErrorBodySchema.safeParse(body);
  if (error.success) {
    const { code, message, field, details } = error.data;
    return new ApiError(response.status, code, message, field, details);
  }
  // A proxy or gateway answered (HTML or empty body): keep the status, invent a code.
  const code = response.status >= 500 ? 'internal_error' : response.status === 404 ? 'not_found' : 'invalid_response';
  return new ApiError(response.status, code, response.statusText || `HTTP ${response.status}`);
}
