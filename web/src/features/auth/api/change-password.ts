import { authApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Sets a new password (204); the server ends the account's other sessions and keeps this one. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await callApi(authApi.changePassword, { body: { currentPassword, newPassword } });
}
