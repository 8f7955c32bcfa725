import type { Executor } from '../../db/database.ts';

/** Every comment of an assessment's review threads with its thread and author, oldest first (threads, then comments). */
export async function findThreadComments(db: Executor, assessmentId: string) {
  return (
    db
      .selectFrom('comments as c')
      // only the threads of this assessment: the condition belongs to the join
      .innerJoin('commentThreads as t', (join) => join.onRef('t.id', '=', 'c.threadId').on('t.assessmentId', '=', assessmentId))
      .innerJoin('users as u', 'u.id', 'c.authorId')
      .select(['t.questionKey', 't.kind as threadKind', 't.status as threadStatus', 'c.body', 'c.createdAt', 'u.name as authorName', 'u.role as authorRole'])
      .orderBy('t.createdAt')
      .orderBy('c.createdAt')
      .execute()
  );
}
export type ThreadComment = Awaited<ReturnType<typeof findThreadComments>>[number];
