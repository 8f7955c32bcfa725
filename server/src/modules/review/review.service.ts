import {
  completion,
  diffSubmissions,
  scoreAssessment,
  type ProvisionalResult,
  type LocalizedString,
  type QueueItem,
  type QueueQuery,
  type ReviewQueue,
  type ResubmissionDiff,
  type RevisionRequest,
  type SubmissionSnapshot,
} from '@gci/shared';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import type { ResolvedSession } from '../auth/sessions.ts';
import type { MethodologyOf } from '../methodology/methodology-cache.ts';
import { toAssessmentSummary } from '../assessments/mappers.ts';
import { loadScopedAssessment } from '../assessments/scope.ts';
import { findValidationWindow } from '../assessments/transitions.repository.ts';
import { validationEndsAt } from '../assessments/transitions.service.ts';
import { decodeCursor, CURSOR_PARTS, pageOf } from '../../http/cursor.ts';
import { findAnswersOf, findLatestRevisionRequest, findLatestSubmissions, findQueue, findQueueCountries } from './review.repository.ts';

// The country team sees its provisional result from validation on; staff see it whenever they like.
const RESULT_VISIBLE_TO_TEAM = ['validated', 'accepted', 'disputed', 'final'];

export function createReviewService({ db, now, methodologyOf }: { db: Db; now: () => Date; methodologyOf: MethodologyOf }) {
  return {
    /** Assessments for reviewers by state, region, country, cycle and deadline, with completion and open threads; a page at a time. */
    async queue(query: QueueQuery): Promise<ReviewQueue> {
      const { after, limit, ...filter } = query;
      const key = after === undefined ? undefined : decodeCursor(after, [CURSOR_PARTS.integer, CURSOR_PARTS.timestamp, CURSOR_PARTS.iso3, CURSOR_PARTS.uuid]);
      const [found, countries] = await Promise.all([
        findQueue(db, filter, { after: key && { rank: key[0]!, deadline: key[1]!, iso3: key[2]!, id: key[3]! }, limit }),
        findQueueCountries(db, filter.cycle),
      ]);
      const page = pageOf(found, limit, (r) => [r.rankKey, r.deadlineKey, r.countryIso3, r.id]);
      const answers = await findAnswersOf(
        db,
        page.rows.map((r) => r.id),
      );
      const at = now();
      const items: QueueItem[] = [];
      for (const row of page.rows) {
        const done = completion(await methodologyOf(row.methodologyVersionId), answers.get(row.id) ?? {});
        items.push({ ...toAssessmentSummary(row, at), completion: done.visible ? done.answered / done.visible : 0, openThreads: Number(row.openThreads ?? 0) });
      }
      return { items, next: page.next, countries: countries.map((c) => ({ iso3: c.iso3, names: c.names as LocalizedString })) };
    },

    /** Scores computed by the shared engine from the stored answers, with the trace to each question. */
    async provisionalResult(auth: ResolvedSession, id: string): Promise<ProvisionalResult> {
      const a = await loadScopedAssessment(db, auth, id);
      if (auth.user.role === 'focal_point' && !RESULT_VISIBLE_TO_TEAM.includes(a.status))
        throw notFound('Provisional result (shown once the assessment is validated)');
      const score = scoreAssessment(await methodologyOf(a.methodologyVersionId), (await findAnswersOf(db, [a.id])).get(a.id) ?? {});
      const window = await findValidationWindow(db, a.id);
      return {
        overall: score.overall,
        tier: score.tier,
        coverage: score.coverage,
        minCoverage: score.minCoverage,
        pillars: score.pillars.map((p) => ({ key: p.key, score: p.score, max: p.max, normalized: p.normalized, tier: p.tier })),
        questions: score.questions.map((q) => ({
          key: q.key,
          pillarKey: q.pillarKey,
          status: q.status,
          points: q.points,
          maxPoints: q.maxPoints,
          normalized: q.normalized,
          effectiveWeight: q.effectiveWeight,
          contribution: q.contribution,
          zeroedByCoverage: q.zeroedByCoverage ?? null,
        })),
        validationEndsAt: validationEndsAt(window)?.toISOString() ?? null,
      };
    },

    /** What changed between the last two submissions, and which questions the reviewer had flagged. */
    async resubmissionDiff(auth: ResolvedSession, id: string): Promise<ResubmissionDiff> {
      const a = await loadScopedAssessment(db, auth, id);
      const [latest, previous] = await findLatestSubmissions(db, a.id, 2);
      const request = await findLatestRevisionRequest(db, a.id);
      return {
        previousAt: previous ? new Date(previous.createdAt).toISOString() : null,
        latestAt: latest ? new Date(latest.createdAt).toISOString() : null,
        flagged: request?.questionKeys ?? [],
        changes: latest && previous ? diffSubmissions(previous.snapshot as SubmissionSnapshot, latest.snapshot as SubmissionSnapshot) : [],
      };
    },

    /** The latest return for revision: the questions the team must rework, with the reviewer's comment. */
    async latestRevisionRequest(auth: ResolvedSession, id: string): Promise<RevisionRequest | null> {
      const a = await loadScopedAssessment(db, auth, id);
      const row = await findLatestRevisionRequest(db, a.id);
      if (!row) return null;
      return {
        questionKeys: row.questionKeys,
        comment: row.comment,
        createdAt: new Date(row.createdAt).toISOString(),
        createdBy: { id: row.userId, name: row.name },
      };
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
