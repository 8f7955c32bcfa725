import {
  checkTransition,
  methodologyForLocale,
  questionsByKey,
  type AnswerHistoryEntry,
  type AnswerValue,
  type AssessmentDetail,
  type AssessmentSummary,
  type Locale,
  type SubmissionCheck,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { findAnswers, findEvidenceOfAnswers, selectAssessments } from './assessments.repository.ts';
import { toAnswerState, toAssessmentSummary } from './mappers.ts';
import { assertEditable, loadScopedAssessment } from './scope.ts';
import { findPrefillSource, carryOverAnswers } from './prefill.ts';
import { recordAudit } from '../audit/audit.ts';
import { checkSnapshot, currentSnapshot } from '../review/snapshot.ts';

export function createQuestionnaireService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  return {
    /** A focal point's own country's assessments; every assessment for staff (filterable by cycle). */
    async list(auth: ResolvedSession, filter: { cycleYear?: number; country?: string }): Promise<AssessmentSummary[]> {
      let query = selectAssessments(db);
      if (auth.user.role === 'focal_point') query = query.where('a.countryIso3', '=', auth.user.countryIso3!);
      if (filter.cycleYear) query = query.where('c.year', '=', filter.cycleYear);
      if (filter.country) query = query.where('a.countryIso3', '=', filter.country);
      const rows = await query.orderBy('c.year', 'desc').orderBy('a.countryIso3').execute();
      const at = now();
      return rows.map((r) => toAssessmentSummary(r, at));
    },

    async detail(auth: ResolvedSession, id: string, locale: Locale): Promise<AssessmentDetail> {
      const assessment = await loadScopedAssessment(db, auth, id);
      const methodology = await methodologyOf(assessment.methodologyVersionId);
      const answers = await findAnswers(db, assessment.id);
      const evidence = await findEvidenceOfAnswers(db, answers.map((a) => a.id));
      const source = answers.length === 0 ? await findPrefillSource(db, assessment, methodology) : null;
      return {
        assessment: toAssessmentSummary(assessment, now()),
        methodology: methodologyForLocale(methodology, locale),
        answers: Object.fromEntries(answers.map((a) => [a.questionKey, toAnswerState(a, evidence)])),
        prefillFrom: source ? { year: source.year, answers: source.answers } : null,
      };
    },

    async history(auth: ResolvedSession, params: { assessmentId: string; questionKey: string }): Promise<AnswerHistoryEntry[]> {
      const assessment = await loadScopedAssessment(db, auth, params.assessmentId);
      if (!questionsByKey(await methodologyOf(assessment.methodologyVersionId)).has(params.questionKey)) {
        throw notFound(`Question ${params.questionKey}`);
      }
      const rows = await db
        .selectFrom('answerHistory as h')
        .leftJoin('users as u', 'u.id', 'h.changedBy')
        .where('h.assessmentId', '=', assessment.id)
        .where('h.questionKey', '=', params.questionKey)
        .select(['h.version', 'h.before', 'h.after', 'h.kind', 'h.reason', 'h.changedBy', 'u.name as changedByName', 'h.changedAt'])
        .orderBy('h.version', 'desc')
        .execute();
      return rows.map((r) => ({
        version: r.version,
        before: (r.before ?? null) as AnswerValue,
        after: r.after as AnswerValue,
        kind: r.kind,
        reason: r.reason,
        changedBy: r.changedBy ? { id: r.changedBy, name: r.changedByName ?? '' } : null,
        changedAt: new Date(r.changedAt).toISOString(),
      }));
    },

    /** Offers the previous cycle's answers and evidence (same question keys) as a starting point, each marked carried over. */
    async prefill(auth: ResolvedSession, id: string, ip: string | null = null): Promise<{ carriedOver: number; fromYear: number }> {
      return db.transaction().execute(async (trx) => {
        // Two prefills (or a prefill and a first save) wait for each other instead of colliding on insert.
        const assessment = await loadScopedAssessment(trx, auth, id, { forUpdate: true });
        assertEditable(assessment, now());
        const methodology = await methodologyOf(assessment.methodologyVersionId, trx);
        const existing = await trx.selectFrom('answers').select('id').where('assessmentId', '=', assessment.id).limit(1).executeTakeFirst();
        if (existing) throw new AppError(409, 'conflict', 'This assessment already has answers; carrying over is only offered at the start');
        const source = await findPrefillSource(trx, assessment, methodology);
        if (!source) throw notFound('A previous cycle with answers for this country');
        const carriedOver = await carryOverAnswers(trx, { source, target: assessment, methodology, userId: auth.user.id, at: now() });
        const started = checkTransition(assessment.status, 'start', 'focal_point');
        if (started.ok) await trx.updateTable('assessments').set({ status: started.to, updatedAt: now() }).where('id', '=', assessment.id).execute();
        await recordAudit(trx, { actor: auth.user, action: 'assessment.prefilled', entityType: 'assessment', entityId: assessment.id, country: assessment.countryIso3, after: { fromYear: source.year, answers: carriedOver }, ip }, now());
        return { carriedOver, fromYear: source.year };
      });
    },

    async submissionCheck(auth: ResolvedSession, id: string): Promise<SubmissionCheck> {
      // the same check the submit transition applies, on the same snapshot of answers and evidence
      const assessment = await loadScopedAssessment(db, auth, id);
      return checkSnapshot(await methodologyOf(assessment.methodologyVersionId), await currentSnapshot(db, assessment.id));
    },

    /** One assessment as the lists show it (the submit route answers with it). */
    async summary(auth: ResolvedSession, id: string): Promise<AssessmentSummary> {
      return toAssessmentSummary(await loadScopedAssessment(db, auth, id), now());
    },
  };
}
export type QuestionnaireService = ReturnType<typeof createQuestionnaireService>;
