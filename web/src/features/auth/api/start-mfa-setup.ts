import { MfaSetupSchema } from '@gci/shared';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

export type MfaSetup = z.infer<typeof MfaSetupSchema>;

/** A new authenticator secret for this account, effective once a first code confirms it. */
export function startMfaSetup(): Promise<MfaSetup> {
  return apiSend('POST', '/api/auth/mfa/setup', undefined, MfaSetupSchema);
}
