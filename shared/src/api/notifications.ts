import { z } from 'zod';
import { NotificationSchema } from '../schemas/review.ts';
import { defineRoute, noContent } from './route.ts';

export const InboxSchema = z.object({ notifications: z.array(NotificationSchema), unread: z.number().int() });
export type Inbox = z.infer<typeof InboxSchema>;

export const MarkReadBodySchema = z.object({ id: z.uuid().optional() }).strict();

export const notificationsApi = {
  list: defineRoute({
    id: 'listNotifications',
    method: 'GET',
    path: '/api/notifications',
    tag: 'notifications',
    access: 'signed_in',
    summary: 'Your notifications, newest first (the last 100), with the unread count',
    responses: { 200: InboxSchema },
  }),
  markRead: defineRoute({
    id: 'markNotificationsRead',
    method: 'POST',
    path: '/api/notifications/read',
    tag: 'notifications',
    access: 'signed_in',
    summary: 'Mark one notification (by id) or, without an id, all of them as read',
    body: MarkReadBodySchema,
    examples: { one: { id: '0b8e5a52-3f7c-4d55-9a2e-7d1f0c9b6a11' }, all: {} },
    responses: { 204: noContent() },
  }),
};
