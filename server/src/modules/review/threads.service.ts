import { questionsByKey, type LocalizedString, type Thread } from '@gci/shared';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import type { Notifier } from '../notifications/notify.ts';
import { countryTeam, reviewers } from '../assessments/recipients.repository.ts';
import type { AssessmentContext } from '../assessments/assessments.repository.ts';
import { loadScopedAssessment } from '../assessments/scope.ts';
import { insertThread } from '../assessments/transitions.repository.ts';
import { findComments, findThread, findThreads, insertComment, markThreadResolved } from './threads.repository.ts';

const iso = (d: Date | string) => new Date(d).toISOString();
// Inside a transaction every query must use it: PGlite has one connection, so `db` there would wait forever.
type Trx = Transaction<Database>;

/** Comment threads per question (or for the whole assessment) between reviewers and the country team. */
export function createThreadsService({ db, now, methodologyOf, notifier }: { db: Db; now: () => Date; methodologyOf: MethodologyOf; notifier: Notifier }) {
  async function scopedThread(auth: ResolvedSession, threadId: string) {
    const thread = await findThread(db, threadId);
    if (!thread) throw notFound('Thread');
    const assessment = await loadScopedAssessment(db, auth, thread.assessmentId).catch(() => {
      throw notFound('Thread');
    });
    return { thread, assessment };
  }

  /** Tell the other side: the team when staff write, the reviewers when the team writes. */
  async function notifyComment(trx: Trx, auth: ResolvedSession, assessment: AssessmentContext, questionKey: string | null, at: Date) {
    const fromTeam = auth.user.role === 'focal_point';
    const recipients = fromTeam ? await reviewers(trx) : await countryTeam(trx, assessment.countryIso3);
    await notifier.notify(
      trx,
      recipients.filter((r) => r.id !== auth.user.id),
      {
        kind: 'new_comment',
        params: {
          country: assessment.countryNames as LocalizedString,
          cycleName: assessment.cycleName,
          questionKey,
          from: fromTeam ? 'country_team' : 'reviewer',
          link: `/assessments/${assessment.id}${questionKey ? `#q-${questionKey}` : ''}`,
        },
        assessmentId: assessment.id,
      },
      at,
    );
  }

  return {
    async list(auth: ResolvedSession, assessmentId: string): Promise<Thread[]> {
      const assessment = await loadScopedAssessment(db, auth, assessmentId);
      const threads = await findThreads(db, assessment.id);
      const comments = await findComments(
        db,
        threads.map((t) => t.id),
      );
      return threads.map((t) => ({
        id: t.id,
        questionKey: t.questionKey,
        status: t.status,
        kind: t.kind,
        createdAt: iso(t.createdAt),
        resolvedAt: t.resolvedAt ? iso(t.resolvedAt) : null,
        resolvedBy: t.resolvedBy ? { id: t.resolvedBy, name: t.resolvedByName ?? '' } : null,
        comments: comments
          .filter((c) => c.threadId === t.id)
          .map((c) => ({ id: c.id, body: c.body, createdAt: iso(c.createdAt), author: { id: c.authorId, name: c.authorName, role: c.authorRole } })),
      }));
    },

    async open(auth: ResolvedSession, assessmentId: string, input: { questionKey: string | null; body: string }, ip: string | null): Promise<{ id: string }> {
      const assessment = await loadScopedAssessment(db, auth, assessmentId);
      if (input.questionKey && !questionsByKey(await methodologyOf(assessment.methodologyVersionId)).has(input.questionKey)) {
        throw badRequest(`There is no question "${input.questionKey}" in this questionnaire`, 'body.questionKey');
      }
      const at = now();
      return db.transaction().execute(async (trx) => {
        const thread = await insertThread(trx, { assessmentId, questionKey: input.questionKey, authorId: auth.user.id, body: input.body, at });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'comment.thread_opened',
            entityType: 'comment_thread',
            entityId: thread.id,
            country: assessment.countryIso3,
            after: { questionKey: input.questionKey, body: input.body },
            ip,
          },
          at,
        );
        await notifyComment(trx, auth, assessment, input.questionKey, at);
        return thread;
      });
    },

    async reply(auth: ResolvedSession, threadId: string, body: string, ip: string | null): Promise<void> {
      const { thread, assessment } = await scopedThread(auth, threadId);
      if (thread.status === 'resolved') throw new AppError(409, 'conflict', 'This thread is resolved; open a new one');
      const at = now();
      await db.transaction().execute(async (trx) => {
        await insertComment(trx, { threadId, authorId: auth.user.id, body, at });
        await recordAudit(
          trx,
          { actor: auth.user, action: 'comment.added', entityType: 'comment_thread', entityId: threadId, country: assessment.countryIso3, after: { body }, ip },
          at,
        );
        await notifyComment(trx, auth, assessment, thread.questionKey, at);
      });
    },

    /** Only a reviewer resolves a thread; open threads block validation. */
    async resolve(auth: ResolvedSession, threadId: string, ip: string | null): Promise<void> {
      const { thread, assessment } = await scopedThread(auth, threadId);
      if (thread.status === 'resolved') return;
      const at = now();
      await db.transaction().execute(async (trx) => {
        await markThreadResolved(trx, threadId, auth.user.id, at);
        await recordAudit(
          trx,
          { actor: auth.user, action: 'comment.thread_resolved', entityType: 'comment_thread', entityId: threadId, country: assessment.countryIso3, ip },
          at,
        );
      });
    },
  };
}
export type ThreadsService = ReturnType<typeof createThreadsService>;
