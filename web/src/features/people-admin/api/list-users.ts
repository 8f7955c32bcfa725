import { usersApi, type ListUsersQuery, type UserList } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** One page of accounts: every account for an admin, their country's focal points for a lead focal point. */
export function listUsers(query: ListUsersQuery, signal?: AbortSignal): Promise<UserList> {
  return callApi(usersApi.list, { query }, { signal });
}
