import { z } from 'zod';
import { CursorSchema, NextCursorSchema } from '../schemas/paging.ts';
import { NotificationSchema } from '../schemas/review.ts';
import { routeGroup, type RouteDocs, noContent } from './route.ts';

export const InboxSchema = z.object({
  notifications: z.array(NotificationSchema),
  unread: z.number().int(),
  /** the cursor of the next page (`?after=`), null on the last */
  next: NextCursorSchema,
});
export type Inbox = z.infer<typeof InboxSchema>;

export const InboxQuerySchema = z
  .object({
    /** the page after this cursor (a previous page's `next`) */
    after: CursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();
export type InboxQuery = z.infer<typeof InboxQuerySchema>;

export const MarkReadBodySchema = z.object({ id: z.uuid().optional() }).strict();

const docs = {
  listNotifications: { summary: 'Your notifications, newest first, a page at a time (`next` → `?after=`), with the unread count' },
  markNotificationsRead: {
    summary: 'Mark one notification (by id) or, without an id, all of them as read',
    examples: { one: { id: '0b8e5a52-3f7c-4d55-9a2e-7d1f0c9b6a11' }, all: {} },
  },
} satisfies RouteDocs;

const route = routeGroup({ tag: 'notifications', access: 'signed_in', docs });

export const notificationsApi = {
  list: route.get('/api/notifications', { id: 'listNotifications', query: InboxQuerySchema, responses: { 200: InboxSchema } }),
  markRead: route.post('/api/notifications/read', { id: 'markNotificationsRead', body: MarkReadBodySchema, responses: { 204: noContent() } }),
};
