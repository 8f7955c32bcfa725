import { authApi, type LoginBody, type SessionInfo } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The password step. A 429's `ApiError` carries `retryAfterSeconds`: when sign-in may be tried again. */
export function login(body: LoginBody): Promise<SessionInfo> {
  return callApi(authApi.login, { body });
}
