import { authApi, type SessionInfo } from '@gci/shared';
import { callApi, isApiError } from '../../../lib/api-client.ts';

/** The current session, or null when nobody is signed in (401). */
export async function getSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    return await callApi(authApi.session, {}, { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}
