import type { Executor } from '../../db/database.ts';

export interface NoticeRow {
  userId: string;
  kind: string;
  /** in the recipient's language, written when the notice is */
  title: string;
  link: string | null;
  assessmentId: string | null;
}

export const findNotificationsOf = (db: Executor, userId: string, limit: number) =>
  db.selectFrom('notifications').selectAll().where('userId', '=', userId).orderBy('createdAt', 'desc').limit(limit).execute();

export async function countUnreadOf(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's unread notifications read: one by id, or all; another user's ids match nothing. */
export async function markNotificationsRead(db: Executor, userId: string, at: Date, id?: string): Promise<void> {
  let query = db.updateTable('notifications').set({ readAt: at }).where('userId', '=', userId).where('readAt', 'is', null);
  if (id) query = query.where('id', '=', id);
  await query.execute();
}

export async function insertNotifications(db: Executor, rows: readonly NoticeRow[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values(rows.map((row) => ({ ...row, createdAt: at })))
    .execute();
}
