import { checkTransition, type AssessmentStatus, type TransitionBody } from '@gci/shared';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { AppError, badRequest } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import type { AssessmentContext } from '../questionnaire/assessments.repository.ts';
import { assertEditable, loadScopedAssessment } from '../questionnaire/scope.ts';
import { notify } from '../notifications/notify.ts';
import { countryTeam, reviewers } from './recipients.ts';
import { checkSnapshot, currentSnapshot } from './snapshot.ts';

type Trx = Transaction<Database>;

const DAY_MS = 86_400_000;
export const validationEndsAt = (a: { validatedAt: Date | null; validationDays: number }) =>
  a.validatedAt ? new Date(new Date(a.validatedAt).getTime() + a.validationDays * DAY_MS) : null;

const illegal = (a: AssessmentContext, action: string) =>
  new AppError(409, 'illegal_transition', `"${action.replaceAll('_', ' ')}" is not possible while the assessment is ${a.status.replaceAll('_', ' ')}`, {
    details: { status: a.status },
  });

/**
 * Applies one action of the shared state machine to an assessment, with its rules and side effects,
 * in one transaction: submissions are checked and snapshotted, validation needs every thread
 * resolved, returns and disputes need a comment and open a thread, the other side is notified,
 * and the change is audited. Anything not allowed is refused and changes nothing.
 */
export function createTransitionsService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  async function guard(trx: Trx, auth: ResolvedSession, id: string, body: TransitionBody) {
    // read under the lock: the state checked is the state changed
    const assessment = await loadScopedAssessment(trx, auth, id, { forUpdate: true });
    const check = checkTransition(assessment.status as AssessmentStatus, body.action, auth.user.role);
    if (!check.ok) throw check.reason === 'role' ? new AppError(403, 'forbidden', `Your role cannot ${body.action.replaceAll('_', ' ')} an assessment`) : illegal(assessment, body.action);
    return { assessment, to: check.to };
  }

  async function openThread(trx: Trx, auth: ResolvedSession, assessmentId: string, kind: 'revision' | 'dispute', comment: string, questionKey: string | null, at: Date) {
    const thread = await trx.insertInto('commentThreads').values({ assessmentId, questionKey, kind, createdBy: auth.user.id, createdAt: at }).returning('id').executeTakeFirstOrThrow();
    await trx.insertInto('comments').values({ threadId: thread.id, authorId: auth.user.id, body: comment, createdAt: at }).execute();
  }

  /** Per-action rules and side effects, before the state changes. */
  async function applyRules(trx: Trx, auth: ResolvedSession, a: AssessmentContext, body: TransitionBody, at: Date): Promise<Record<string, unknown>> {
    switch (body.action) {
      case 'submit':
      case 'resubmit': {
        assertEditable(a, at);
        const current = await currentSnapshot(trx, a.id);
        const check = checkSnapshot(await methodologyOf(a.methodologyVersionId, trx), current);
        if (!check.ready) throw badRequest(`${check.missing.length} item(s) are missing before submission`, undefined, check);
        await trx.insertInto('submissions').values({ assessmentId: a.id, kind: body.action, snapshot: JSON.stringify(current.snapshot), submittedBy: auth.user.id, createdAt: at }).execute();
        return { submittedAt: at };
      }
      case 'return': {
        if (!body.comment) throw badRequest('Say what needs work when returning an assessment', 'body.comment');
        const keys = [...new Set(body.questionKeys ?? [])];
        await trx.insertInto('revisionRequests').values({ assessmentId: a.id, questionKeys: JSON.stringify(keys), comment: body.comment, createdBy: auth.user.id, createdAt: at }).execute();
        await openThread(trx, auth, a.id, 'revision', body.comment, null, at);
        return {};
      }
      case 'validate': {
        const open = await trx.selectFrom('commentThreads').select((eb) => eb.fn.countAll<number>().as('n')).where('assessmentId', '=', a.id).where('status', '=', 'open').executeTakeFirstOrThrow();
        if (Number(open.n) > 0) throw new AppError(409, 'conflict', `${open.n} comment thread(s) are still open: resolve them before validating`, { details: { openThreads: Number(open.n) } });
        return { validatedAt: at };
      }
      case 'accept':
      case 'dispute': {
        const row = await trx.selectFrom('assessments as x').innerJoin('cycles as c', 'c.id', 'x.cycleId').select(['x.validatedAt', 'c.validationDays']).where('x.id', '=', a.id).executeTakeFirstOrThrow();
        const ends = validationEndsAt(row);
        if (ends && at > ends) throw new AppError(409, 'conflict', `The validation window closed on ${ends.toISOString().slice(0, 10)}`);
        if (body.action === 'dispute') {
          if (!body.comment) throw badRequest('Explain the dispute', 'body.comment');
          await openThread(trx, auth, a.id, 'dispute', body.comment, body.questionKeys?.[0] ?? null, at);
        }
        return {};
      }
      default:
        return {};
    }
  }

  async function notifyOtherSide(trx: Trx, a: AssessmentContext, action: string, to: string, at: Date) {
    const link = `/assessments/${a.id}`;
    const country = (a.countryNames as { en: string }).en;
    const toStaff = ['submit', 'resubmit', 'dispute', 'accept'].includes(action);
    const recipients = toStaff ? await reviewers(trx) : await countryTeam(trx, a.countryIso3);
    await notify(trx, recipients, { kind: `assessment.${action}`, title: `${country} ${a.cycleYear}: ${to.replaceAll('_', ' ')}`, link, assessmentId: a.id }, at);
  }

  return {
    async apply(auth: ResolvedSession, id: string, body: TransitionBody, ip: string | null): Promise<AssessmentStatus> {
      return db.transaction().execute(async (trx) => {
        const { assessment, to } = await guard(trx, auth, id, body);
        const at = now();
        const extra = await applyRules(trx, auth, assessment, body, at);
        await trx.updateTable('assessments').set({ status: to, updatedAt: at, ...extra }).where('id', '=', id).execute();
        await notifyOtherSide(trx, assessment, body.action, to, at);
        await recordAudit(
          trx,
          { actor: auth.user, action: `assessment.${body.action}`, entityType: 'assessment', entityId: id, country: assessment.countryIso3, before: { status: assessment.status }, after: { status: to, comment: body.comment ?? null, questionKeys: body.questionKeys ?? [] }, ip },
          at,
        );
        return to;
      });
    },

    /** Submits, or resubmits when the assessment was returned for revision. */
    async submit(auth: ResolvedSession, id: string, ip: string | null): Promise<AssessmentStatus> {
      const a = await loadScopedAssessment(db, auth, id);
      return this.apply(auth, id, { action: a.status === 'returned' ? 'resubmit' : 'submit' }, ip);
    },

    /** An admin extends (or resets, with null) one country's deadline. */
    async setDeadline(auth: ResolvedSession, id: string, deadline: string | null, ip: string | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const a = await loadScopedAssessment(trx, auth, id);
        const at = now();
        await trx.updateTable('assessments').set({ deadlineOverride: deadline ? new Date(deadline) : null, updatedAt: at }).where('id', '=', id).execute();
        await recordAudit(trx, { actor: auth.user, action: 'assessment.deadline', entityType: 'assessment', entityId: id, country: a.countryIso3, before: { deadline: a.deadlineOverride }, after: { deadline }, ip }, at);
      });
    },
  };
}
export type TransitionsService = ReturnType<typeof createTransitionsService>;
