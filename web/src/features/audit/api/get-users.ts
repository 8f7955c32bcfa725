import { z } from 'zod';
import { UserSummarySchema, type UserSummary } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** Every account (admins), to filter the audit log by user. */
export async function getUsers(signal?: AbortSignal): Promise<UserSummary[]> {
  const { users } = await apiGet('/api/users', z.object({ users: z.array(UserSummarySchema) }), { signal });
  return users;
}
