import {
  checkTransition,
  methodologyForLocale,
  type AssessmentDetail,
  type AssessmentSummary,
  type Locale,
  type PrefillResult,
  type SubmissionCheck,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { exportFile, type ExportFile, type SpreadsheetFormat } from '../../lib/spreadsheet.ts';
import { findAnswers, findAssessments, findEvidenceOfAnswers, hasAnswers, updateAssessment } from './assessments.repository.ts';
import { toAnswerState, toAssessmentSummary } from './mappers.ts';
import { findThreadComments } from './export.repository.ts';
import { questionnaireSheet } from './questionnaire-export.ts';
import { carryOverAnswers, findPrefillSource } from './prefill.repository.ts';
import { assertEditable, loadScopedAssessment } from './scope.ts';
import { checkSnapshot } from './snapshot.ts';
import { currentSnapshot } from './snapshot.repository.ts';

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
      const source = answers.length === 0 ? await findPrefillSource(db, assessment, methodology) : null;
      return {
        assessment: toAssessmentSummary(assessment, now()),
        methodology: methodologyForLocale(methodology, locale),
        answers: Object.fromEntries(answers.map((a) => [a.questionKey, toAnswerState(a, evidence)])),
        prefillFrom: source ? { year: source.year, answers: source.answers } : null,
      };
    },

    /** Offers the previous cycle's answers and evidence (same question keys) as a starting point, each marked carried over. */
    async prefill(auth: ResolvedSession, id: string, ip: string | null): Promise<PrefillResult> {
      return db.transaction().execute(async (trx) => {
        // Two prefills (or a prefill and a first save) wait for each other instead of colliding on insert.
        const assessment = await loadScopedAssessment(trx, auth, id, { forUpdate: true });
        assertEditable(assessment, now());
        const methodology = await methodologyOf(assessment.methodologyVersionId, trx);
        if (await hasAnswers(trx, assessment.id))
          throw new AppError(409, 'conflict', 'This assessment already has answers; carrying over is only offered at the start');
        const source = await findPrefillSource(trx, assessment, methodology);
        if (!source) throw notFound('A previous cycle with answers for this country');
        const carriedOver = await carryOverAnswers(trx, { source, target: assessment, methodology, userId: auth.user.id, at: now() });
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
            after: { fromYear: source.year, answers: carriedOver },
            ip,
          },
          now(),
        );
        return { carriedOver, fromYear: source.year };
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
