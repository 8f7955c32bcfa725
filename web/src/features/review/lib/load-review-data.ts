import type { AssessmentDetail, Locale, ProvisionalResult, ResubmissionDiff, Thread } from '@gci/shared';
import { isApiError } from '../../../lib/api-client.ts';
import { getAssessmentDetail } from '../api/get-assessment-detail.ts';
import { getProvisionalResult } from '../api/get-provisional-result.ts';
import { getResubmissionDiff } from '../api/get-resubmission-diff.ts';
import { getRevisionRequest, type RevisionRequest } from '../api/get-revision-request.ts';
import { getThreads } from '../api/get-threads.ts';

export interface ReviewData {
  detail: AssessmentDetail;
  threads: Thread[];
  diff: ResubmissionDiff;
}

/** Everything the reviewer's page shows, read in parallel. */
export async function loadReviewData(id: string, lang: Locale, signal?: AbortSignal): Promise<ReviewData> {
  const [detail, threads, diff] = await Promise.all([getAssessmentDetail(id, lang, signal), getThreads(id, signal), getResubmissionDiff(id, signal)]);
  return { detail, threads, diff };
}

export interface TeamReviewData {
  detail: AssessmentDetail;
  threads: Thread[];
  revisionRequest: RevisionRequest | null;
  /** null until the assessment is validated (the server shows the team its result from then on) */
  result: ProvisionalResult | null;
}

// Mirrors the server's rule (review.service.ts): the team sees its result from validation on.
const RESULT_SHOWN = new Set(['validated', 'accepted', 'disputed', 'final']);

/** Everything the country team's review page shows. */
export async function loadTeamReviewData(id: string, lang: Locale, signal?: AbortSignal): Promise<TeamReviewData> {
  const [detail, threads, revisionRequest] = await Promise.all([getAssessmentDetail(id, lang, signal), getThreads(id, signal), getRevisionRequest(id, signal)]);
  const result = RESULT_SHOWN.has(detail.assessment.status)
    ? await getProvisionalResult(id, signal).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) return null; // not (or no longer) shown to the team
        throw error;
      })
    : null;
  return { detail, threads, revisionRequest, result };
}
