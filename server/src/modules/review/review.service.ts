import {
  checkAnswer,
  completion,
  diffSubmissions,
  questionsByKey,
  scoreAssessment,
  type AnswerValue,
  type Answers,
  type ProvisionalResult,
  type QueueItem,
  type ResubmissionDiff,
  type SaveAnswerResponse,
  type SubmissionSnapshot,
} from '@gci/shared';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/audit.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { findAnswers, findEvidenceOfAnswers, selectAssessments } from '../questionnaire/assessments.repository.ts';
import { toAnswerState, toAssessmentSummary } from '../questionnaire/mappers.ts';
import { loadScopedAssessment } from '../questionnaire/scope.ts';
import { notify } from '../notifications/notify.ts';
import { countryTeam } from './recipients.ts';
import { validationEndsAt } from './transitions.service.ts';

// The country team sees its provisional result from validation on; staff see it whenever they like.
const RESULT_VISIBLE_TO_TEAM = ['validated', 'accepted', 'disputed', 'final'];
// A reviewer corrects answers while reviewing, never behind a country's back after validation.
const CORRECTABLE = ['in_review'];

async function answersOf(db: Db, assessmentId: string): Promise<Answers> {
  const rows = await db.selectFrom('answers').select(['questionKey', 'value']).where('assessmentId', '=', assessmentId).execute();
  return Object.fromEntries(rows.map((r) => [r.questionKey, r.value as AnswerValue]));
}

export function createReviewService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  return {
    /** Assessments for reviewers by state, region, cycle and deadline, with completion and open threads. */
    async queue(filter: { status?: string; region?: string; cycle?: number; dueBefore?: string }): Promise<QueueItem[]> {
      let query = selectAssessments(db)
        .select((eb) =>
          eb.selectFrom('commentThreads as t').whereRef('t.assessmentId', '=', 'a.id').where('t.status', '=', 'open').select(sql<number>`count(*)::int`.as('n')).as('openThreads'),
        );
      if (filter.status) query = query.where('a.status', '=', filter.status as never);
      if (filter.region) query = query.where('co.region', '=', filter.region);
      if (filter.cycle) query = query.where('c.year', '=', filter.cycle);
      if (filter.dueBefore) query = query.where(sql<Date>`coalesce(a.deadline_override, c.closes_at)`, '<', new Date(filter.dueBefore));
      const rows = await query.orderBy(sql`coalesce(a.deadline_override, c.closes_at)`).orderBy('a.countryIso3').execute();
      const at = now();
      const answers = rows.length
        ? await db.selectFrom('answers').select(['assessmentId', 'questionKey', 'value']).where('assessmentId', 'in', rows.map((r) => r.id)).execute()
        : [];
      const byAssessment = new Map<string, Answers>();
      for (const a of answers) {
        const entry = byAssessment.get(a.assessmentId) ?? {};
        entry[a.questionKey] = a.value as AnswerValue;
        byAssessment.set(a.assessmentId, entry);
      }
      const items: QueueItem[] = [];
      for (const row of rows) {
        const done = completion(await methodologyOf(row.methodologyVersionId), byAssessment.get(row.id) ?? {});
        items.push({ ...toAssessmentSummary(row, at), completion: done.visible ? done.answered / done.visible : 0, openThreads: Number(row.openThreads ?? 0) });
      }
      return items;
    },

    /** Scores computed by the shared engine from the stored answers, with the trace to each question. */
    async provisionalResult(auth: ResolvedSession, id: string): Promise<ProvisionalResult> {
      const a = await loadScopedAssessment(db, auth, id);
      if (auth.user.role === 'focal_point' && !RESULT_VISIBLE_TO_TEAM.includes(a.status)) throw notFound('Provisional result (shown once the assessment is validated)');
      const score = scoreAssessment(await methodologyOf(a.methodologyVersionId), await answersOf(db, a.id));
      const window = await db.selectFrom('assessments as x').innerJoin('cycles as c', 'c.id', 'x.cycleId').select(['x.validatedAt', 'c.validationDays']).where('x.id', '=', a.id).executeTakeFirstOrThrow();
      return {
        overall: score.overall,
        tier: score.tier,
        coverage: score.coverage,
        pillars: score.pillars.map((p) => ({ key: p.key, score: p.score, max: p.max, normalized: p.normalized, tier: p.tier })),
        questions: score.questions.map((q) => ({ key: q.key, pillarKey: q.pillarKey, status: q.status, points: q.points, maxPoints: q.maxPoints, normalized: q.normalized, effectiveWeight: q.effectiveWeight, contribution: q.contribution })),
        validationEndsAt: validationEndsAt(window)?.toISOString() ?? null,
      };
    },

    /** What changed between the last two submissions, and which questions the reviewer had flagged. */
    async resubmissionDiff(auth: ResolvedSession, id: string): Promise<ResubmissionDiff> {
      const a = await loadScopedAssessment(db, auth, id);
      const [latest, previous] = await db.selectFrom('submissions').select(['snapshot', 'createdAt']).where('assessmentId', '=', a.id).orderBy('createdAt', 'desc').limit(2).execute();
      const request = await db.selectFrom('revisionRequests').select('questionKeys').where('assessmentId', '=', a.id).orderBy('createdAt', 'desc').limit(1).executeTakeFirst();
      return {
        previousAt: previous ? new Date(previous.createdAt).toISOString() : null,
        latestAt: latest ? new Date(latest.createdAt).toISOString() : null,
        flagged: (request?.questionKeys as string[] | undefined) ?? [],
        changes: latest && previous ? diffSubmissions(previous.snapshot as SubmissionSnapshot, latest.snapshot as SubmissionSnapshot) : [],
      };
    },

    /** The latest return for revision: the questions the team must rework, with the reviewer's comment. */
    async latestRevisionRequest(auth: ResolvedSession, id: string) {
      const a = await loadScopedAssessment(db, auth, id);
      const row = await db
        .selectFrom('revisionRequests as r')
        .innerJoin('users as u', 'u.id', 'r.createdBy')
        .select(['r.questionKeys', 'r.comment', 'r.createdAt', 'u.id as userId', 'u.name'])
        .where('r.assessmentId', '=', a.id)
        .orderBy('r.createdAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return null;
      return { questionKeys: row.questionKeys as string[], comment: row.comment, createdAt: new Date(row.createdAt).toISOString(), createdBy: { id: row.userId, name: row.name } };
    },

    /**
     * A reviewer's correction of an answer (e.g. the evidence does not support it): attributed,
     * with its reason in the history, and shown to the country team — never silent.
     */
    async correct(auth: ResolvedSession, params: { assessmentId: string; questionKey: string }, body: { value: AnswerValue; baseVersion: number; reason: string }, ip: string | null): Promise<SaveAnswerResponse> {
      const a = await loadScopedAssessment(db, auth, params.assessmentId);
      const entry = questionsByKey(await methodologyOf(a.methodologyVersionId)).get(params.questionKey);
      if (!entry) throw badRequest(`There is no question "${params.questionKey}" in this questionnaire`, 'params.questionKey');
      const check = checkAnswer(entry.node.question, body.value);
      if (!check.ok) throw badRequest(`body.value: ${check.message}`, 'body.value');
      return db.transaction().execute(async (trx) => {
        await trx.selectFrom('assessments').select('id').where('id', '=', a.id).forUpdate().execute();
        const status = (await trx.selectFrom('assessments').select('status').where('id', '=', a.id).executeTakeFirstOrThrow()).status;
        if (!CORRECTABLE.includes(status)) throw new AppError(409, 'illegal_transition', `Answers can be corrected only while in review (now ${status.replaceAll('_', ' ')})`, { details: { status } });
        const before = await trx.selectFrom('answers').select(['value']).where('assessmentId', '=', a.id).where('questionKey', '=', params.questionKey).executeTakeFirst();
        const at = now();
        const row = await trx
          .updateTable('answers')
          .set((eb) => ({ value: JSON.stringify(body.value), version: eb('version', '+', 1), carriedOver: false, updatedBy: auth.user.id, updatedAt: at }))
          .where('assessmentId', '=', a.id)
          .where('questionKey', '=', params.questionKey)
          .where('version', '=', body.baseVersion)
          .returning(['id', 'version'])
          .executeTakeFirst();
        if (!row) throw new AppError(409, 'version_conflict', 'This answer changed since you opened it; reload it first', { field: 'body.baseVersion' });
        await trx
          .insertInto('answerHistory')
          .values({ answerId: row.id, assessmentId: a.id, questionKey: params.questionKey, version: row.version, before: JSON.stringify(before?.value ?? null), after: JSON.stringify(body.value), kind: 'correction', reason: body.reason, changedBy: auth.user.id, changedAt: at })
          .execute();
        await recordAudit(trx, { actor: auth.user, action: 'answer.corrected', entityType: 'answer', entityId: row.id, country: a.countryIso3, before: { value: before?.value ?? null }, after: { value: body.value, reason: body.reason }, ip }, at);
        await notify(trx, await countryTeam(trx, a.countryIso3), { kind: 'answer.corrected', title: `A reviewer corrected ${params.questionKey}: ${body.reason}`, link: `/assessments/${a.id}#q-${params.questionKey}`, assessmentId: a.id }, at);
        const [answer] = await findAnswers(trx, a.id, params.questionKey);
        return { answer: toAnswerState(answer!, await findEvidenceOfAnswers(trx, [answer!.id])), assessmentStatus: status };
      });
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
