import { authApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Asks for a reset link (202 whether or not the email has an account: the answer reveals nothing). */
export async function requestPasswordReset(email: string): Promise<void> {
  await callApi(authApi.requestPasswordReset, { body: { email } });
}
