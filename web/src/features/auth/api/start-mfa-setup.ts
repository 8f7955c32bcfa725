import { authApi, type MfaSetup } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type { MfaSetup };

/** A new authenticator secret for this account, effective once a first code confirms it. */
export function startMfaSetup(): Promise<MfaSetup> {
  return callApi(authApi.startMfaSetup);
}
