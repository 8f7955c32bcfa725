import { authApi, type SessionInfo } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Second step: either a 6-digit code from the authenticator app or a recovery code. */
export type SecondFactor = { code: string } | { recoveryCode: string };

export function verifyMfa(factor: SecondFactor): Promise<SessionInfo> {
  return callApi(authApi.verifyMfa, { body: factor });
}
