import { checkAnswer, questionsByKey, type AnswerValue, type LocalizedString, type SaveAnswerResponse } from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { AppError, badRequest } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import type { Notifier } from '../notifications/notify.ts';
import { countryTeam } from '../assessments/recipients.repository.ts';
import { loadScopedAssessment } from '../assessments/scope.ts';
import { correctAnswerIfVersion, insertHistory } from './answers.repository.ts';
import { currentAnswerState } from './answer-state.ts';

// A reviewer corrects answers while reviewing, never behind a country's back after validation.
const CORRECTABLE = ['in_review'];

export function createCorrectionsService({ db, now, methodologyOf, notifier }: { db: Db; now: () => Date; methodologyOf: MethodologyOf; notifier: Notifier }) {
  return {
    /**
     * A reviewer's correction of an answer (e.g. the evidence does not support it): attributed,
     * with its reason in the history, and shown to the country team — never silent.
     */
    async correct(
      auth: ResolvedSession,
      params: { assessmentId: string; questionKey: string },
      body: { value: AnswerValue; baseVersion: number; reason: string },
      ip: string | null,
    ): Promise<SaveAnswerResponse> {
      const a = await loadScopedAssessment(db, auth, params.assessmentId);
      const entry = questionsByKey(await methodologyOf(a.methodologyVersionId)).get(params.questionKey);
      if (!entry) throw badRequest(`There is no question "${params.questionKey}" in this questionnaire`, 'params.questionKey');
      const check = checkAnswer(entry.node.question, body.value);
      if (!check.ok) throw badRequest(`body.value: ${check.message}`, 'body.value');
      return db.transaction().execute(async (trx) => {
        // the state under the lock: no transition slips in between the check and the write
        const { status } = await loadScopedAssessment(trx, auth, a.id, { forUpdate: true });
        if (!CORRECTABLE.includes(status))
          throw new AppError(409, 'illegal_transition', `Answers can be corrected only while in review (now ${status.replaceAll('_', ' ')})`, {
            details: { status },
          });
        const at = now();
        const row = await correctAnswerIfVersion(trx, {
          assessmentId: a.id,
          questionKey: params.questionKey,
          value: body.value,
          baseVersion: body.baseVersion,
          userId: auth.user.id,
          at,
        });
        if (!row) throw new AppError(409, 'version_conflict', 'This answer changed since you opened it; reload it first', { field: 'body.baseVersion' });
        await insertHistory(trx, {
          answerId: row.id,
          assessmentId: a.id,
          questionKey: params.questionKey,
          version: row.version,
          before: row.before,
          after: body.value,
          kind: 'correction',
          reason: body.reason,
          changedBy: auth.user.id,
          at,
        });
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'answer.corrected',
            entityType: 'answer',
            entityId: row.id,
            country: a.countryIso3,
            before: { value: row.before },
            after: { value: body.value, reason: body.reason },
            ip,
          },
          at,
        );
        await notifier.notify(
          trx,
          await countryTeam(trx, a.countryIso3),
          {
            kind: 'answer_corrected',
            params: {
              country: a.countryNames as LocalizedString,
              cycleName: a.cycleName,
              questionKey: params.questionKey,
              reason: body.reason,
              link: `/assessments/${a.id}#q-${params.questionKey}`,
            },
            assessmentId: a.id,
          },
          at,
        );
        return { answer: (await currentAnswerState(trx, a.id, params.questionKey))!, assessmentStatus: status };
      });
    },
  };
}
export type CorrectionsService = ReturnType<typeof createCorrectionsService>;
