import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

/** Marks one notification (by id) or, without an id, all of them as read. */
export async function markNotificationsRead(id?: string): Promise<void> {
  await apiSend('POST', '/api/notifications/read', id ? { id } : {}, z.null());
}
