import type { Inbox, InboxQuery } from '@gci/shared';
import { CURSOR_PARTS, decodeCursor, pageOf } from '../../http/cursor.ts';
import type { Db } from '../../db/database.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { countUnreadOf, findNotificationsOf, markNotificationsRead } from './notifications.repository.ts';

export function createNotificationsService({ db, now }: { db: Db; now: () => Date }) {
  return {
    /** The user's notices a page at a time (`query.after`: a previous page's `next`), with the unread count. */
    async list(auth: ResolvedSession, query: InboxQuery): Promise<Inbox> {
      const key = query.after === undefined ? undefined : decodeCursor(query.after, [CURSOR_PARTS.timestamp, CURSOR_PARTS.uuid]);
      const rows = await findNotificationsOf(db, auth.user.id, { after: key && { createdAt: key[0]!, id: key[1]! }, limit: query.limit + 1 });
      const page = pageOf(rows, query.limit, (r) => [r.createdAtKey, r.id]);
      const unread = await countUnreadOf(db, auth.user.id);
      return {
        next: page.next,
        notifications: page.rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          link: r.link,
          read: r.readAt !== null,
          createdAt: new Date(r.createdAt).toISOString(),
        })),
        unread,
      };
    },
    markRead: (auth: ResolvedSession, id?: string) => markNotificationsRead(db, auth.user.id, now(), id),
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
