import type { Inbox } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import { countUnreadOf, findNotificationsOf, markNotificationsRead } from './notifications.repository.ts';

const INBOX_SIZE = 100;

export function createNotificationsService({ db, now }: { db: Db; now: () => Date }) {
  return {
    async list(auth: ResolvedSession): Promise<Inbox> {
      const rows = await findNotificationsOf(db, auth.user.id, INBOX_SIZE);
      const unread = await countUnreadOf(db, auth.user.id);
      return {
        notifications: rows.map((r) => ({
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
