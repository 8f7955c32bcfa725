import { z } from 'zod';
import { NotificationSchema } from '../schemas/review.ts';
import { routeGroup, type RouteDocs, noContent } from './route.ts';

export const InboxSchema = z.object({ notifications: z.array(NotificationSchema), unread: z.number().int() });
export type Inbox = z.infer<typeof InboxSchema>;

export const MarkReadBodySchema = z.object({ id: z.uuid().optional() }).strict();

const docs = {
  listNotifications: { summary: 'Your notifications, newest first (the last 100), with the unread count' },
  markNotificationsRead: {
    summary: 'Mark one notification (by id) or, without an id, all of them as read',
    examples: { one: { id: '0b8e5a52-3f7c-4d55-9a2e-7d1f0c9b6a11' }, all: {} },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'notifications', access: 'signed_in', docs });

export const notificationsApi = {
  list: route.get('/api/notifications', { id: 'listNotifications', responses: { 200: InboxSchema } }),
  markRead: route.post('/api/notifications/read', { id: 'markNotificationsRead', body: MarkReadBodySchema, responses: { 204: noContent() } }),
};
