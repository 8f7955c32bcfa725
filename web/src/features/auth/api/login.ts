import { ErrorBodySchema, SessionInfoSchema, type LoginBody, type SessionInfo } from '@gci/shared';
import { ApiError } from '../../../lib/api-client.ts';

/** `details` of a 429 from the sign-in route: when to try again. */
export interface RateLimitDetails {
  retryAfterSeconds: number;
}

/**
 * The password step. Unlike the other calls it reads a response header (the `Retry-After` of a
 * 429), which the shared client does not expose, so it calls fetch itself; the body is parsed with
 * the same shared schemas and errors are the same `ApiError`s.
 */
export async function login(body: LoginBody): Promise<SessionInfo> {
  let response: Response;
  try {
    response = await fetch('/api/auth/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return SessionInfoSchema.parse(json);
  const error = ErrorBodySchema.safeParse(json).data;
  const details: RateLimitDetails | undefined =
    response.status === 429 ? { retryAfterSeconds: Number(response.headers.get('retry-after')) || 60 } : undefined;
  throw new ApiError(response.status, error?.code ?? 'invalid_response', error?.message ?? response.statusText, error?.field, details ?? error?.details);
}
