import type { Executor } from '../../db/database.ts';

/** The threads of an assessment, oldest first, with who resolved each. */
export async function findThreads(db: Executor, assessmentId: string) {
  return db
    .selectFrom('commentThreads as t')
    .leftJoin('users as r', 'r.id', 't.resolvedBy')
    .where('t.assessmentId', '=', assessmentId)
    .select(['t.id', 't.questionKey', 't.status', 't.kind', 't.createdAt', 't.resolvedAt', 't.resolvedBy', 'r.name as resolvedByName'])
    .orderBy('t.createdAt')
    .execute();
}

/** The comments of these threads, oldest first, with their authors. */
export async function findComments(db: Executor, threadIds: string[]) {
  if (threadIds.length === 0) return [];
  return db
    .selectFrom('comments as c')
    .innerJoin('users as u', 'u.id', 'c.authorId')
    .where('c.threadId', 'in', threadIds)
    .select(['c.id', 'c.threadId', 'c.body', 'c.createdAt', 'u.id as authorId', 'u.name as authorName', 'u.role as authorRole'])
    .orderBy('c.createdAt')
    .execute();
}

export async function findThread(db: Executor, threadId: string) {
  return db.selectFrom('commentThreads').selectAll().where('id', '=', threadId).executeTakeFirst();
}

export async function insertComment(db: Executor, c: { threadId: string; authorId: string; body: string; at: Date }): Promise<void> {
  await db.insertInto('comments').values({ threadId: c.threadId, authorId: c.authorId, body: c.body, createdAt: c.at }).execute();
}

export async function markThreadResolved(db: Executor, threadId: string, by: string, at: Date): Promise<void> {
  await db.updateTable('commentThreads').set({ status: 'resolved', resolvedBy: by, resolvedAt: at }).where('id', '=', threadId).execute();
}
