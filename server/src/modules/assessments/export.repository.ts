import type { Executor } from '../../db/database.ts';

/** Every comment of an assessment's review threads with its thread and author, oldest first (threads, then comments). */
export async function findThreadComments(db: Executor, assessmentId: string) {
  return db
    .selectFrom('comments as c')
    .innerJoin('commentThreads as t', 't.id', 'c.threadId')
    .innerJoin('users as u', 'u.id', 'c.authorId')
    .where('t.assessmentId', '=', assessmentId)
    .select(['t.questionKey', 't.kind as threadKind', 't.status as threadStatus', 'c.body', 'c.createdAt', 'u.name as authorName', 'u.role as authorRole'])
    .orderBy('t.createdAt')
    .orderBy('c.createdAt')
    .execute();
}
export type ThreadComment = Awaited<ReturnType<typeof findThreadComments>>[number];
