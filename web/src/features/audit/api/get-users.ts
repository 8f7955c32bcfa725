import { usersApi, type UserSummary } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Every account (admins), to filter the audit log by user. */
export async function getUsers(signal?: AbortSignal): Promise<UserSummary[]> {
  const { users } = await callApi(usersApi.list, {}, { signal });
  return users;
}
