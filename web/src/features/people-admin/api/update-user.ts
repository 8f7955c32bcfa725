import { usersApi, type UpdateUserBody, type UserSummary } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Role, country, lead mark, name, or deactivation (admins); a change of role, country, lead or status ends the person's sessions. */
export async function updateUser(userId: string, body: UpdateUserBody): Promise<UserSummary> {
  return (await callApi(usersApi.update, { params: { userId }, body })).user;
}
