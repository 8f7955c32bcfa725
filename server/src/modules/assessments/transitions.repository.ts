import type { SubmissionSnapshot } from '@gci/shared';
import type { Executor } from '../../db/database.ts';

/** What was submitted, kept for the resubmission diff. */
export async function insertSubmission(
  db: Executor,
  s: { assessmentId: string; kind: 'submit' | 'resubmit'; snapshot: SubmissionSnapshot; submittedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('submissions')
    .values({ assessmentId: s.assessmentId, kind: s.kind, snapshot: JSON.stringify(s.snapshot), submittedBy: s.submittedBy, createdAt: s.at })
    .execute();
}

/** A return for revision: the questions to rework and the reviewer's comment. */
export async function insertRevisionRequest(
  db: Executor,
  r: { assessmentId: string; questionKeys: string[]; comment: string; createdBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('revisionRequests')
    .values({ assessmentId: r.assessmentId, questionKeys: JSON.stringify(r.questionKeys), comment: r.comment, createdBy: r.createdBy, createdAt: r.at })
    .execute();
}

/**
 * Opens a comment thread with its first comment: a reviewer's or a team's question (kind
 * 'clarification', the default), or the thread a return or a dispute opens.
 */
export async function insertThread(
  db: Executor,
  t: { assessmentId: string; questionKey: string | null; kind?: 'clarification' | 'revision' | 'dispute'; authorId: string; body: string; at: Date },
): Promise<{ id: string }> {
  const thread = await db
    .insertInto('commentThreads')
    .values({ assessmentId: t.assessmentId, questionKey: t.questionKey, kind: t.kind ?? 'clarification', createdBy: t.authorId, createdAt: t.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('comments').values({ threadId: thread.id, authorId: t.authorId, body: t.body, createdAt: t.at }).execute();
  return thread;
}

export async function countOpenThreads(db: Executor, assessmentId: string): Promise<number> {
  const open = await db
    .selectFrom('commentThreads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('assessmentId', '=', assessmentId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(open.n);
}

/** When the assessment was validated and how many days its cycle gives the country to accept or dispute. */
export async function findValidationWindow(db: Executor, assessmentId: string): Promise<{ validatedAt: Date | null; validationDays: number }> {
  return db
    .selectFrom('assessments as x')
    .innerJoin('cycles as c', 'c.id', 'x.cycleId')
    .select(['x.validatedAt', 'c.validationDays'])
    .where('x.id', '=', assessmentId)
    .executeTakeFirstOrThrow();
}
