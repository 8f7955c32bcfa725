import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

export interface NoticeRow {
  userId: string;
  kind: string;
  /** in the recipient's language, written when the notice is */
  title: string;
  link: string | null;
  assessmentId: string | null;
}

/** Where a page starts: after the notice created at this time (PostgreSQL's text of it) with this id. */
export interface NoticeKey {
  createdAt: string;
  id: string;
}

/** A user's notices, newest first (then by id, a total order), at most `limit`, after `after` when given. */
export function findNotificationsOf(db: Executor, userId: string, page: { after?: NoticeKey; limit: number }) {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .select(sql<string>`created_at::text`.as('createdAtKey'))
    .where('userId', '=', userId);
  const after = page.after;
  if (after) query = query.where(sql<boolean>`(created_at, id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
}

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
