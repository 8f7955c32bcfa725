import { SessionInfoSchema, type SessionInfo } from '@gci/shared';
import { apiGet, isApiError } from '../../../lib/api-client.ts';

/** The current session, or null when nobody is signed in (401). */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    return await apiGet('/api/auth/session', SessionInfoSchema, { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}
