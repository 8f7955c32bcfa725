// Only values that need no zod: this module is on every page, public ones included (see readError).
import { isMultipart, type AnyRoute, type ClientInput, type ErrorBody, type ErrorCode, type ParamNamesOf, type SuccessBody } from '@gci/shared';

/** Codes the server sends (`ErrorCode`), plus the two the client raises itself. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'invalid_response';

/**
 * Every failed call ends here: an error body `{ code, message, field? }` from the server, a
 * network failure (status 0), or a response that does not match the route's contract.
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
    /** from `Retry-After` on a 429 or 503: when to try again */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export interface CallOptions {
  signal?: AbortSignal;
  /** extra request headers */
  headers?: Record<string, string>;
  /** the browser's HTTP cache mode, e.g. 'reload' to skip a cached public response */
  cache?: RequestCache;
  /** told as the request body goes out (an upload): bytes sent and, when known, of how many */
  onUploadProgress?: (progress: UploadProgress) => void;
}

export interface UploadProgress {
  loaded: number;
  total: number | null;
}

/**
 * fetch() cannot report an upload's progress; XMLHttpRequest can (`upload.onprogress`). The reply
 * becomes a Response so it is read exactly like fetch's, and an abort rejects as fetch's does.
 */
function sendWithProgress(
  url: string,
  init: RequestInit & { headers: Record<string, string> },
  onProgress: (progress: UploadProgress) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const signal = init.signal;
    if (signal?.aborted) return reject(new DOMException('The upload was aborted', 'AbortError'));
    xhr.open(init.method ?? 'POST', url);
    for (const [name, value] of Object.entries(init.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr
        .getAllResponseHeaders()
        .trim()
        .split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      const hasBody = xhr.status !== 204 && xhr.status !== 205 && xhr.status !== 304;
      resolve(new Response(hasBody ? xhr.responseText : null, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    xhr.onerror = () => reject(new TypeError('The upload failed'));
    xhr.onabort = () => reject(new DOMException('The upload was aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(init.body as XMLHttpRequestBodyInit | null);
  });
}

let csrfToken: string | undefined;

// The browser's fetch, looked up at each call (tests replace it); the server, when it renders a page
// itself, answers the page's calls in process instead (see entry-server.tsx).
let transport: typeof fetch = (input, init) => fetch(input, init);

/** Sends every later call through `next` instead of the network. */
export function setApiTransport(next: typeof fetch): void {
  transport = next;
}

/**
 * The session's CSRF token (from the login or `GET /api/auth/session` response): the server rejects a
 * state-changing request without it (`403 csrf_failed`). Set it on sign-in, clear it on sign-out.
 */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

type Values = Record<string, unknown> | undefined;

/** A parameter, header or form field as text (the contract's schema says what the server reads back). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}

/** The address of a route with its path parameters and query filled in. */
export function hrefOf<R extends AnyRoute>(route: R, input: Pick<ClientInput<R>, Extract<keyof ClientInput<R>, 'params' | 'query'>>): string {
  const { params, query } = input as { params?: Values; query?: Values };
  return fill(route.path, params, query);
}

/**
 * The address of a path (shared/src/api/download-addresses.ts) with its parameters and query filled
 * in: a link to a route whose contract the page has not loaded.
 */
export function addressOf<P extends `/api/${string}`>(path: P, params: Record<ParamNamesOf<P>, string | number>, query?: Record<string, string>): string {
  return fill(path, params, query);
}

function fill(template: string, params: Values, query: Values): string {
  const path = template.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => encodeURIComponent(String(params?.[name])));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) search.append(key, asText(item));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

type HasRequired<T> = Record<string, never> extends T ? false : true;
type CallArgs<R extends AnyRoute> =
  HasRequired<ClientInput<R>> extends true ? [input: ClientInput<R>, options?: CallOptions] : [input?: ClientInput<R>, options?: CallOptions];

/**
 * Calls a route of the API by its contract (`shared/src/api/`): fills the path, sends the body as JSON
 * (or multipart), and reads the success body with the contract's schema for the status received.
 */
export async function callApi<R extends AnyRoute>(route: R, ...[input, options = {}]: CallArgs<R>): Promise<SuccessBody<R>> {
  const { body, headers: inputHeaders } = (input ?? {}) as { body?: unknown; headers?: Record<string, unknown> };
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  for (const [key, value] of Object.entries(inputHeaders ?? {})) if (value !== undefined) headers[key] = asText(value);
  if (route.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let payload: BodyInit | undefined;
  if (isMultipart(route.body)) {
    const { file, fileName, ...fields } = body as { file: Blob; fileName?: string } & Record<string, unknown>;
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, asText(value));
    form.append(route.body.file, file, fileName ?? (file instanceof File ? file.name : 'upload'));
    payload = form;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }

  let response: Response;
  try {
    const url = hrefOf(route, (input ?? {}) as never);
    const init = { method: route.method, headers, body: payload, signal: options.signal, cache: options.cache, credentials: 'same-origin' as const };
    response = options.onUploadProgress && payload !== undefined ? await sendWithProgress(url, init, options.onUploadProgress) : await transport(url, init);
  } catch (error) {
    // An abort is the caller's decision, not a failure to report.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw toApiError(response, await readJson(response));
  return (await readSuccess(route, response)) as SuccessBody<R>;
}

async function readSuccess(route: AnyRoute, response: Response): Promise<unknown> {
  const content = route.responses[response.status];
  switch (content?.kind) {
    case 'json': {
      const parsed = content.schema.safeParse(await readJson(response));
      if (parsed.success) return parsed.data;
      throw new ApiError(response.status, 'invalid_response', `Unexpected response from ${route.path}`, undefined, parsed.error.issues);
    }
    case 'empty':
      return undefined;
    case 'text':
      return response.text();
    case 'file':
      return response.blob();
    case undefined:
      throw new ApiError(response.status, 'invalid_response', `Unexpected status ${response.status} from ${route.path}`);
  }
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
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = (response.status === 429 || response.status === 503) && retryAfter > 0 ? retryAfter : undefined;
  const error = readError(body);
  if (error) return new ApiError(response.status, error.code, error.message, error.field, error.details, retryAfterSeconds);
  // A proxy or gateway answered (HTML or empty body): keep the status, name a code from it.
  const code =
    response.status >= 500
      ? 'internal_error'
      : response.status === 404
        ? 'not_found'
        : response.status === 413
          ? 'payload_too_large'
          : response.status === 415
            ? 'unsupported_media_type'
            : 'invalid_response';
  return new ApiError(response.status, code, response.statusText || `HTTP ${response.status}`, undefined, undefined, retryAfterSeconds);
}

/**
 * The server's error body (ErrorBodySchema), checked by hand: errors reach public pages too, which
 * do not load zod (the success bodies are checked by their route's schema, loaded with the contract).
 */
function readError(body: unknown): ErrorBody | null {
  if (typeof body !== 'object' || body === null) return null;
  const { code, message, field, details } = body as Record<string, unknown>;
  if (typeof code !== 'string' || typeof message !== 'string' || (field !== undefined && typeof field !== 'string')) return null;
  return { code, message, field, details };
}
