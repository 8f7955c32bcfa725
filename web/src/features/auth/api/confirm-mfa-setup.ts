import { authApi, type MfaConfirmed } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type ConfirmMfaResponse = MfaConfirmed;

/** Confirms enrolment with a first code; the answer carries the recovery codes, shown only this once. */
export function confirmMfaSetup(code: string): Promise<ConfirmMfaResponse> {
  return callApi(authApi.confirmMfaSetup, { body: { code } });
}
