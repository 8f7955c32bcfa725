import { z } from 'zod';
import { NotificationSchema } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

const InboxSchema = z.object({ notifications: z.array(NotificationSchema), unread: z.number().int() });
export type Inbox = z.infer<typeof InboxSchema>;

/** The signed-in user's notifications, newest first, with the unread count. */
export function getNotifications(signal?: AbortSignal): Promise<Inbox> {
  return apiGet('/api/notifications', InboxSchema, { signal });
}
