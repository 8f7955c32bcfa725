import { SessionInfoSchema, type SessionInfo } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

/** Second step: either a 6-digit code from the authenticator app or a recovery code. */
export type SecondFactor = { code: string } | { recoveryCode: string };

export function verifyMfa(factor: SecondFactor): Promise<SessionInfo> {
  return apiSend('POST', '/api/auth/mfa/verify', factor, SessionInfoSchema);
}
