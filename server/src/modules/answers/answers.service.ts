import {
  checkAnswer,
  checkTransition,
  questionsByKey,
  type AnswerHistoryEntry,
  type AnswerValue,
  type SaveAnswerBody,
  type SaveAnswerResponse,
} from '@gci/shared';
import type { Transaction } from 'kysely';
import type { Db } from '../../db/database.ts';
import { executeTogether } from '../../db/one-statement.ts';
import type { Database } from '../../db/tables.ts';
import { badRequest, notFound } from '../../errors.ts';
import { linkedAuditInsert, recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { updateAssessment, type AssessmentContext } from '../assessments/assessments.repository.ts';
import { toAnswerState } from '../assessments/mappers.ts';
import { assertEditable, loadScopedAssessment } from '../assessments/scope.ts';
import { confirmAnswerIfVersion, findHistory, insertHistory, writeAnswerIfVersion } from './answers.repository.ts';
import { currentAnswerState, notCarriedOver, versionConflictOver } from './answer-state.ts';
import { claimIdempotencyKey } from './idempotency.ts';

type Trx = Transaction<Database>;
type AnswerParams = { assessmentId: string; questionKey: string };

/** Marks the assessment as changed now, and moves a not-started one to in progress on its first saved answer; never writes any other state. */
function touchAssessment(trx: Trx, assessment: AssessmentContext, now: Date) {
  const started = checkTransition(assessment.status, 'start', 'focal_point');
  const status: SaveAnswerResponse['assessmentStatus'] = started.ok ? started.to : assessment.status;
  return { status, query: updateAssessment(trx, assessment.id, { status, updatedAt: now }) };
}

/** The country team's answers: saved over the version edited, confirmed when carried over, with their history. */
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
    async save(
      auth: ResolvedSession,
      params: AnswerParams,
      body: SaveAnswerBody,
      idempotencyKey: string,
      ip: string | null = null,
    ): Promise<SaveAnswerResponse> {
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
        const { written, current } = await writeAnswerIfVersion(trx, {
          assessmentId: assessment.id,
          questionKey: params.questionKey,
          value: body.value,
          baseVersion: body.baseVersion,
          userId: auth.user.id,
          at,
        });
        if (!written) throw versionConflictOver(current && toAnswerState(current, current.evidence));
        const touched = touchAssessment(trx, assessment, at);
        const response: SaveAnswerResponse = {
          answer: toAnswerState({ ...written, updatedByName: auth.user.name }, written.evidence),
          assessmentStatus: touched.status,
        };
        const audit = {
          actor: auth.user,
          action: 'answer.saved',
          entityType: 'answer',
          entityId: written.id,
          country: assessment.countryIso3,
          before: { value: written.before, version: written.version - 1 },
          after: { questionKey: params.questionKey, value: body.value, version: written.version },
          ip,
        };
        // last, and together: the lock of the country's audit chain is held only from here until the commit
        await executeTogether(trx, [touched.query, claim.completion(200, response), linkedAuditInsert(trx, audit, at)]);
        return response;
      });
    },

    /** "Unchanged, evidence re-checked": clears the carried-over mark of an answer from the previous cycle. */
    async confirmCarriedOver(auth: ResolvedSession, params: AnswerParams, baseVersion: number, ip: string | null = null): Promise<SaveAnswerResponse> {
      return db.transaction().execute(async (trx) => {
        const assessment = await loadScopedAssessment(trx, auth, params.assessmentId, { forUpdate: true });
        await questionSpec(assessment, params.questionKey, trx);
        const at = now();
        assertEditable(assessment, at);
        const row = await confirmAnswerIfVersion(trx, { assessmentId: assessment.id, questionKey: params.questionKey, baseVersion, userId: auth.user.id, at });
        if (!row) {
          const current = await currentAnswerState(trx, assessment.id, params.questionKey);
          throw current?.version === baseVersion ? notCarriedOver(current) : versionConflictOver(current);
        }
        await insertHistory(trx, {
          answerId: row.id,
          assessmentId: assessment.id,
          questionKey: params.questionKey,
          version: row.version,
          before: row.value,
          after: row.value,
          kind: 'confirm',
          changedBy: auth.user.id,
          at,
        });
        const touched = touchAssessment(trx, assessment, at);
        await touched.query.execute();
        await recordAudit(
          trx,
          {
            actor: auth.user,
            action: 'answer.confirmed',
            entityType: 'answer',
            entityId: row.id,
            country: assessment.countryIso3,
            after: { questionKey: params.questionKey, version: row.version },
            ip,
          },
          at,
        );
        return { answer: (await currentAnswerState(trx, assessment.id, params.questionKey))!, assessmentStatus: touched.status };
      });
    },

    async history(auth: ResolvedSession, params: AnswerParams): Promise<AnswerHistoryEntry[]> {
      const assessment = await loadScopedAssessment(db, auth, params.assessmentId);
      if (!questionsByKey(await methodologyOf(assessment.methodologyVersionId)).has(params.questionKey)) throw notFound(`Question ${params.questionKey}`);
      const rows = await findHistory(db, assessment.id, params.questionKey);
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
  };
}
export type AnswersService = ReturnType<typeof createAnswersService>;
