import { usersApi, type InviteUserBody, type Invitation } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** A new account and its invitation by email: a one-time link, valid 72 hours (409 when the email has an account). */
export function inviteUser(body: InviteUserBody): Promise<Invitation> {
  return callApi(usersApi.invite, { body });
}
