import {
  checkTransition,
  methodologyForLocale,
  type AssessmentDetail,
  type AssessmentSummary,
  type Locale,
  type PrefillDecision,
  type PrefillResult,
  type SubmissionCheck,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { exportFile, type ExportFile, type SpreadsheetFormat } from '../../lib/spreadsheet.ts';
import { findAnswers, findAssessments, findEvidenceOfAnswers, updateAssessment } from './assessments.repository.ts';
import { toAnswerState, toAssessmentSummary } from './mappers.ts';
import { findThreadComments } from './export.repository.ts';
import { questionnaireSheet } from './questionnaire-export.ts';
import { carryOverAnswers, findPrefillSource, keysToCarryOver, recordPrefillDecision } from './prefill.repository.ts';
import { assertEditable, loadScopedAssessment } from './scope.ts';
import { checkSnapshot } from './snapshot.ts';
import { currentSnapshot } from './snapshot.repository.ts';

/** The offer is answered once: accepting or declining it again is a 409 naming the decision. */
function assertUndecided(assessment: { prefillDecision: 'accepted' | 'declined' | null }): void {
  if (assessment.prefillDecision)
    throw new AppError(409, 'conflict', `The offer of last cycle's answers was already ${assessment.prefillDecision}`, {
      details: { decision: assessment.prefillDecision },
    });
}

export function createAssessmentsService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  return {
    /** A focal point's own country's assessments; every assessment for staff (filterable by cycle and country). */
    async list(auth: ResolvedSession, filter: { cycleYear?: number; country?: string }): Promise<AssessmentSummary[]> {
      const scopeCountry = auth.user.role === 'focal_point' ? auth.user.countryIso3! : undefined;
      const rows = await findAssessments(db, { ...filter, scopeCountry });
      const at = now();
      return rows.map((r) => toAssessmentSummary(r, at));
    },

    async detail(auth: ResolvedSession, id: string, locale: Locale): Promise<AssessmentDetail> {
      const assessment = await loadScopedAssessment(db, auth, id);
      const methodology = await methodologyOf(assessment.methodologyVersionId);
      const answers = await findAnswers(db, assessment.id);
      const evidence = await findEvidenceOfAnswers(
        db,
        answers.map((a) => a.id),
      );
      // the offer stays until the focal point accepts or declines it, however many answers are saved meanwhile
      const source = assessment.prefillDecision === null ? await findPrefillSource(db, assessment, methodology) : null;
      const fills = source ? (answers.length === 0 ? source.answers : (await keysToCarryOver(db, source.assessmentId, assessment.id, methodology)).length) : 0;
      return {
        assessment: toAssessmentSummary(assessment, now()),
        methodology: methodologyForLocale(methodology, locale),
        answers: Object.fromEntries(answers.map((a) => [a.questionKey, toAnswerState(a, evidence)])),
        prefillFrom: source ? { year: source.year, answers: source.answers, fills } : null,
        prefillDecision:
          assessment.prefillDecision && assessment.prefillDecidedAt
            ? { decision: assessment.prefillDecision, at: assessment.prefillDecidedAt.toISOString() }
            : null,
      };
    },

    /**
     * Accepts the offer of the previous cycle's answers and evidence (same question keys), each marked
     * carried over. Questions already answered keep their answers: only the others are filled.
     */
    async prefill(auth: ResolvedSession, id: string, ip: string | null): Promise<PrefillResult> {
      return db.transaction().execute(async (trx) => {
        // Two prefills (or a prefill and a save) wait for each other instead of colliding on insert.
        const assessment = await loadScopedAssessment(trx, auth, id, { forUpdate: true });
        assertEditable(assessment, now());
        assertUndecided(assessment);
        const methodology = await methodologyOf(assessment.methodologyVersionId, trx);
        const source = await findPrefillSource(trx, assessment, methodology);
        if (!source) throw notFound('A previous cycle with answers for this country');
        const carriedOver = await carryOverAnswers(trx, { source, target: assessment, methodology, userId: auth.user.id, at: now() });
        const skipped = source.answers - carriedOver;
        await recordPrefillDecision(trx, assessment.id, 'accepted', auth.user.id, now());
        const started = checkTransition(assessment.status, 'start', 'focal_point');
        if (started.ok) await updateAssessment(trx, assessment.id, { status: started.to, updatedAt: now() }).execute();
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'assessment.prefilled',
            entityType: 'assessment',
            entityId: assessment.id,
            country: assessment.countryIso3,
            after: { fromYear: source.year, answers: carriedOver, keptAnswered: skipped },
            ip,
          },
          now(),
        );
        return { carriedOver, fromYear: source.year, skipped };
      });
    },

    /** Declines the offer of the previous cycle's answers: recorded (and audited) so it is not shown again. */
    async declinePrefill(auth: ResolvedSession, id: string, ip: string | null): Promise<PrefillDecision> {
      return db.transaction().execute(async (trx) => {
        const assessment = await loadScopedAssessment(trx, auth, id, { forUpdate: true });
        assertEditable(assessment, now());
        assertUndecided(assessment);
        const at = now();
        await recordPrefillDecision(trx, assessment.id, 'declined', auth.user.id, at);
        await recordAudit(
          trx,
          { actor: auth.user, action: 'assessment.prefill_declined', entityType: 'assessment', entityId: assessment.id, country: assessment.countryIso3, ip },
          at,
        );
        return { decision: 'declined', at: at.toISOString() };
      });
    },

    /** The questionnaire with its answers, evidence and review comments as a spreadsheet, for whoever may see the assessment. */
    async exportQuestionnaire(auth: ResolvedSession, id: string, locale: Locale, format: SpreadsheetFormat): Promise<ExportFile> {
      const assessment = await loadScopedAssessment(db, auth, id);
      const methodology = await methodologyOf(assessment.methodologyVersionId);
      const answers = await findAnswers(db, assessment.id);
      const [evidence, comments] = await Promise.all([
        findEvidenceOfAnswers(
          db,
          answers.map((a) => a.id),
        ),
        findThreadComments(db, assessment.id),
      ]);
      const sheet = questionnaireSheet({ methodology, locale, answers, evidence, comments });
      const demo = assessment.cycleIsDemo ? '-DEMO' : '';
      return exportFile(sheet, format, `gci-${assessment.cycleYear}-${assessment.countryIso3}-questionnaire${demo}-${locale}`, now());
    },

    async submissionCheck(auth: ResolvedSession, id: string): Promise<SubmissionCheck> {
      // the same check the submit transition applies, on the same snapshot of answers and evidence
      const assessment = await loadScopedAssessment(db, auth, id);
      return checkSnapshot(await methodologyOf(assessment.methodologyVersionId), await currentSnapshot(db, assessment.id));
    },
  };
}
export type AssessmentsService = ReturnType<typeof createAssessmentsService>;
