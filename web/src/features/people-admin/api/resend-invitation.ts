import { usersApi, type Invitation } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A new link for an invitation not yet accepted; the previous link stops working. */
export function resendInvitation(userId: string): Promise<Invitation> {
  return callApi(usersApi.resendInvitation, { params: { userId } });
}
