import type { Notification } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import type { ResolvedSession } from '../auth/sessions.ts';

export function createNotificationsService({ db, now }: { db: Db; now: () => Date }) {
  return {
    async list(auth: ResolvedSession): Promise<{ notifications: Notification[]; unread: number }> {
      const rows = await db.selectFrom('notifications').selectAll().where('userId', '=', auth.user.id).orderBy('createdAt', 'desc').limit(100).execute();
      const unread = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('userId', '=', auth.user.id).where('readAt', 'is', null).executeTakeFirstOrThrow();
      return {
        notifications: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, link: r.link, read: r.readAt !== null, createdAt: new Date(r.createdAt).toISOString() })),
        unread: Number(unread.n),
      };
    },
    /** Marks one (or, without an id, every) notification of the caller as read; other users' ids match nothing. */
    async markRead(auth: ResolvedSession, id?: string): Promise<void> {
      let query = db.updateTable('notifications').set({ readAt: now() }).where('userId', '=', auth.user.id).where('readAt', 'is', null);
      if (id) query = query.where('id', '=', id);
      await query.execute();
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
