import { checkAnswer, checkTransition, type AnswerState, type SaveAnswerBody, type SaveAnswerResponse } from '@gci/shared';
import { questionsByKey } from '@gci/shared';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Database } from '../../db/tables.ts';
import { AppError, badRequest } from '../../errors.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import type { AssessmentContext } from './assessments.repository.ts';
import { findAnswerWithEvidence, writeAnswerIfVersion } from './answers.repository.ts';
import { claimIdempotencyKey } from './idempotency.ts';
import { toAnswerState } from './mappers.ts';
import { assertEditable, loadScopedAssessment } from './scope.ts';
import { linkedAuditInsert, recordAudit } from '../audit/audit.ts';
import { executeTogether } from '../../db/one-statement.ts';

type Trx = Transaction<Database>;

async function currentAnswerState(trx: Trx, assessmentId: string, questionKey: string) {
  const row = await findAnswerWithEvidence(trx, assessmentId, questionKey);
  return row ? toAnswerState(row, row.evidence) : null;
}

/** 409 carrying what is stored now, who wrote it and when: the client shows both and lets the user choose. */
async function versionConflict(trx: Trx, assessmentId: string, questionKey: string): Promise<AppError> {
  return versionConflictOver(await currentAnswerState(trx, assessmentId, questionKey));
}

function versionConflictOver(current: AnswerState | null): AppError {
  const who = current?.updatedBy ? ` by ${current.updatedBy.name}` : '';
  return new AppError(409, 'version_conflict', `This answer was changed${who} since you opened it; nothing was overwritten`, {
    field: 'body.baseVersion',
    details: { current },
  });
}

/** Marks the assessment as changed now, and moves a not-started one to in progress on its first saved answer; never writes any other state. */
function touchAssessment(trx: Trx, assessment: AssessmentContext, now: Date) {
  const started = checkTransition(assessment.status, 'start', 'focal_point');
  const status: SaveAnswerResponse['assessmentStatus'] = started.ok ? started.to : assessment.status;
  return { status, query: trx.updateTable('assessments').set({ status, updatedAt: now }).where('id', '=', assessment.id) };
}

/** Runs `touchAssessment` on its own (where there is nothing to batch it with). */
async function markStarted(trx: Trx, assessment: AssessmentContext, now: Date): Promise<SaveAnswerResponse['assessmentStatus']> {
  const { status, query } = touchAssessment(trx, assessment, now);
  await query.execute();
  return status;
}

export function createAnswersService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  async function questionSpec(assessment: AssessmentContext, questionKey: string, executor: Db | Trx = db) {
    const entry = questionsByKey(await methodologyOf(assessment.methodologyVersionId, executor)).get(questionKey);
    if (!entry) throw badRequest(`There is no question "${questionKey}" in this questionnaire`, 'params.questionKey');
    return entry.node.question;
  }

  return {
    /**
     * Saves one answer: validated by type, written only over the version the user edited (a stale
     * one gets 409 and nothing changes), appended to the history in the same transaction, and
     * idempotent per key (a retry gets the first response).
     */
    async save(auth: ResolvedSession, params: { assessmentId: string; questionKey: string }, body: SaveAnswerBody, idempotencyKey: string, ip: string | null = null): Promise<SaveAnswerResponse> {
      return db.transaction().execute(async (trx) => {
        const claim = await claimIdempotencyKey<SaveAnswerResponse>(trx, auth.user.id, idempotencyKey, { ...params, ...body });
        if (claim.replayed) return claim.response;
        // Read the assessment under its lock: a submission cannot slip in between the check and the
        // write (read first, and a submission committed meanwhile would go unseen).
        const assessment = await loadScopedAssessment(trx, auth, params.assessmentId, { forUpdate: true });
        const at = now();
        assertEditable(assessment, at);
        const check = checkAnswer(await questionSpec(assessment, params.questionKey, trx), body.value);
        if (!check.ok) throw badRequest(`body.value: ${check.message}`, 'body.value', { issue: check.code });
        const { written, current } = await writeAnswerIfVersion(trx, { assessmentId: assessment.id, questionKey: params.questionKey, value: body.value, baseVersion: body.baseVersion, userId: auth.user.id, at });
        if (!written) throw versionConflictOver(current && toAnswerState(current, current.evidence));
        const touched = touchAssessment(trx, assessment, at);
        const response: SaveAnswerResponse = { answer: toAnswerState({ ...written, updatedByName: auth.user.name }, written.evidence), assessmentStatus: touched.status };
        const audit = { actor: auth.user, action: 'answer.saved', entityType: 'answer', entityId: written.id, country: assessment.countryIso3, before: { value: written.before, version: written.version - 1 }, after: { questionKey: params.questionKey, value: body.value, version: written.version }, ip };
        // last, and together: the lock of the country's audit chain is held only from here until the commit
        await executeTogether(trx, [touched.query, claim.completion(200, response), linkedAuditInsert(trx, audit, at)]);
        return response;
      });
    },

    /** "Unchanged, evidence re-checked": clears the carried-over mark of an answer from the previous cycle. */
    async confirmCarriedOver(auth: ResolvedSession, params: { assessmentId: string; questionKey: string }, baseVersion: number, ip: string | null = null): Promise<SaveAnswerResponse> {
      return db.transaction().execute(async (trx) => {
        const assessment = await loadScopedAssessment(trx, auth, params.assessmentId, { forUpdate: true });
        await questionSpec(assessment, params.questionKey, trx);
        const at = now();
        assertEditable(assessment, at);
        const row = await trx
          .updateTable('answers')
          .set((eb) => ({ version: eb('version', '+', 1), carriedOver: false, updatedBy: auth.user.id, updatedAt: at }))
          .where('assessmentId', '=', assessment.id)
          .where('questionKey', '=', params.questionKey)
          .where('version', '=', baseVersion)
          .where('carriedOver', '=', true)
          .returning(['id', 'version', 'value'])
          .executeTakeFirst();
        if (!row) {
          const current = await currentAnswerState(trx, assessment.id, params.questionKey);
          if (current?.version === baseVersion) {
            throw new AppError(409, 'conflict', 'This answer was not carried over from the previous cycle; there is nothing to confirm', { details: { current } });
          }
          throw await versionConflict(trx, assessment.id, params.questionKey);
        }
        // Confirming re-checks the answer's evidence too, so it is no longer marked as carried over either.
        await trx.updateTable('evidence').set({ carriedOver: false }).where('answerId', '=', row.id).where('carriedOver', '=', true).execute();
        const value = JSON.stringify(row.value);
        await trx
          .insertInto('answerHistory')
          .values({ answerId: row.id, assessmentId: assessment.id, questionKey: params.questionKey, version: row.version, before: value, after: value, kind: 'confirm', changedBy: auth.user.id, changedAt: at })
          .execute();
        const assessmentStatus = await markStarted(trx, assessment, at);
        await recordAudit(trx, { actor: auth.user, action: 'answer.confirmed', entityType: 'answer', entityId: row.id, country: assessment.countryIso3, after: { questionKey: params.questionKey, version: row.version }, ip }, at);
        return { answer: (await currentAnswerState(trx, assessment.id, params.questionKey))!, assessmentStatus };
      });
    },
  };
}
export type AnswersService = ReturnType<typeof createAnswersService>;
