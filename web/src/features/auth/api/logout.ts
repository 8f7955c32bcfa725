import { authApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Ends the session on the server (204). */
export async function logout(): Promise<void> {
  await callApi(authApi.logout);
}
