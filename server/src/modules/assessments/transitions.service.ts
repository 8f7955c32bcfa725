import { checkTransition, type AssessmentStatus, type AssessmentSummary, type TransitionBody } from '@gci/shared';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { AppError, badRequest } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import type { Notifier } from '../notifications/notify.ts';
import { updateAssessment, type AssessmentContext } from './assessments.repository.ts';
import { toAssessmentSummary } from './mappers.ts';
import { countryTeam, reviewers } from './recipients.repository.ts';
import { assertEditable, loadScopedAssessment } from './scope.ts';
import { checkSnapshot } from './snapshot.ts';
import { transitionNotices } from './transition-notices.ts';
import { currentSnapshot } from './snapshot.repository.ts';
import { countOpenThreads, findValidationWindow, insertRevisionRequest, insertSubmission, insertThread } from './transitions.repository.ts';

type Trx = Transaction<Database>;

const DAY_MS = 86_400_000;
/** The end of the country's window to accept or dispute a validated result (null before validation). */
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
export function createTransitionsService({ db, now, methodologyOf, notifier }: { db: Db; now: () => Date; methodologyOf: MethodologyOf; notifier: Notifier }) {
  async function guard(trx: Trx, auth: ResolvedSession, id: string, body: TransitionBody) {
    // read under the lock: the state checked is the state changed
    const assessment = await loadScopedAssessment(trx, auth, id, { forUpdate: true });
    const check = checkTransition(assessment.status, body.action, auth.user.role);
    if (!check.ok)
      throw check.reason === 'role'
        ? new AppError(403, 'forbidden', `Your role cannot ${body.action.replaceAll('_', ' ')} an assessment`)
        : illegal(assessment, body.action);
    return { assessment, to: check.to };
  }

  /** Per-action rules and side effects, before the state changes. */
  async function applyRules(
    trx: Trx,
    auth: ResolvedSession,
    a: AssessmentContext,
    body: TransitionBody,
    at: Date,
  ): Promise<{ submittedAt?: Date; validatedAt?: Date }> {
    switch (body.action) {
      case 'submit':
      case 'resubmit': {
        assertEditable(a, at);
        const current = await currentSnapshot(trx, a.id);
        const check = checkSnapshot(await methodologyOf(a.methodologyVersionId, trx), current);
        if (!check.ready) throw badRequest(`${check.missing.length} item(s) are missing before submission`, undefined, check);
        await insertSubmission(trx, { assessmentId: a.id, kind: body.action, snapshot: current.snapshot, submittedBy: auth.user.id, at });
        return { submittedAt: at };
      }
      case 'return': {
        if (!body.comment) throw badRequest('Say what needs work when returning an assessment', 'body.comment');
        await insertRevisionRequest(trx, {
          assessmentId: a.id,
          questionKeys: [...new Set(body.questionKeys ?? [])],
          comment: body.comment,
          createdBy: auth.user.id,
          at,
        });
        await insertThread(trx, { assessmentId: a.id, questionKey: null, kind: 'revision', authorId: auth.user.id, body: body.comment, at });
        return {};
      }
      case 'validate': {
        const open = await countOpenThreads(trx, a.id);
        if (open > 0)
          throw new AppError(409, 'conflict', `${open} comment thread(s) are still open: resolve them before validating`, { details: { openThreads: open } });
        return { validatedAt: at };
      }
      case 'accept':
      case 'dispute': {
        const ends = validationEndsAt(await findValidationWindow(trx, a.id));
        if (ends && at > ends) throw new AppError(409, 'conflict', `The validation window closed on ${ends.toISOString().slice(0, 10)}`);
        if (body.action === 'dispute') {
          if (!body.comment) throw badRequest('Explain the dispute', 'body.comment');
          await insertThread(trx, {
            assessmentId: a.id,
            questionKey: body.questionKeys?.[0] ?? null,
            kind: 'dispute',
            authorId: auth.user.id,
            body: body.comment,
            at,
          });
        }
        return {};
      }
      default:
        return {};
    }
  }

  async function notifyOtherSide(trx: Trx, a: AssessmentContext, body: TransitionBody, at: Date) {
    for (const { to, notice } of transitionNotices(a, body, at)) {
      await notifier.notify(trx, to === 'reviewers' ? await reviewers(trx) : await countryTeam(trx, a.countryIso3), notice, at);
    }
  }

  async function apply(auth: ResolvedSession, id: string, body: TransitionBody, ip: string | null): Promise<AssessmentStatus> {
    return db.transaction().execute(async (trx) => {
      const { assessment, to } = await guard(trx, auth, id, body);
      const at = now();
      const extra = await applyRules(trx, auth, assessment, body, at);
      await updateAssessment(trx, id, { status: to, updatedAt: at, ...extra }).execute();
      await notifyOtherSide(trx, assessment, body, at);
      await recordAudit(
        trx,
        {
          actor: auth.user,
          action: `assessment.${body.action}`,
          entityType: 'assessment',
          entityId: id,
          country: assessment.countryIso3,
          before: { status: assessment.status },
          after: { status: to, comment: body.comment ?? null, questionKeys: body.questionKeys ?? [] },
          ip,
        },
        at,
      );
      return to;
    });
  }

  return {
    apply,

    /** Submits, or resubmits when the assessment was returned for revision: one path for every submission, with its snapshot, audit and notices. */
    async submit(auth: ResolvedSession, id: string, ip: string | null): Promise<AssessmentSummary> {
      const a = await loadScopedAssessment(db, auth, id);
      await apply(auth, id, { action: a.status === 'returned' ? 'resubmit' : 'submit' }, ip);
      return toAssessmentSummary(await loadScopedAssessment(db, auth, id), now());
    },

    /**
     * An admin extends (or resets, with null) one country's deadline while its cycle is open: an
     * extension ends after the cycle's closing date (400 naming `body.deadline` otherwise).
     */
    async setDeadline(auth: ResolvedSession, id: string, deadline: string | null, ip: string | null): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const a = await loadScopedAssessment(trx, auth, id, { forUpdate: true });
        if (a.cycleStatus !== 'open') {
          throw new AppError(409, 'illegal_transition', `The ${a.cycleYear} cycle is ${a.cycleStatus}: deadlines can change only while it is open`, {
            details: { status: a.cycleStatus },
          });
        }
        if (deadline && new Date(deadline) <= new Date(a.closesAt)) {
          throw badRequest(`An extension ends after the cycle closes (${new Date(a.closesAt).toISOString()})`, 'body.deadline');
        }
        const at = now();
        await updateAssessment(trx, id, { deadlineOverride: deadline ? new Date(deadline) : null, updatedAt: at }).execute();
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'assessment.deadline',
            entityType: 'assessment',
            entityId: id,
            country: a.countryIso3,
            before: { deadline: a.deadlineOverride },
            after: { deadline },
            ip,
          },
          at,
        );
      });
    },
  };
}
export type TransitionsService = ReturnType<typeof createTransitionsService>;
