import { usersApi, type UserSummary } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Accounts (admins; the first hundred by name), to filter the audit log by user. */
export async function getUsers(signal?: AbortSignal): Promise<UserSummary[]> {
  const { users } = await callApi(usersApi.list, { query: { pageSize: 100 } }, { signal });
  return users;
}
