import { reviewApi, type RevisionRequest, type Thread } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Why a returned questionnaire came back: the reviewer's last return and the threads of its questions. */
export interface ReturnDetails {
  request: RevisionRequest;
  /** open threads about a question, by question key (oldest first, as the server lists them) */
  threadsByQuestion: Map<string, Thread[]>;
}

/** null when the assessment was never returned. */
export async function getReturnDetails(assessmentId: string, signal?: AbortSignal): Promise<ReturnDetails | null> {
  const [{ request }, { threads }] = await Promise.all([
    callApi(reviewApi.revisionRequest, { params: { assessmentId } }, { signal }),
    callApi(reviewApi.threads, { params: { assessmentId } }, { signal }),
  ]);
  if (!request) return null;
  const threadsByQuestion = new Map<string, Thread[]>();
  for (const thread of threads) {
    if (!thread.questionKey || thread.status !== 'open') continue;
    threadsByQuestion.set(thread.questionKey, [...(threadsByQuestion.get(thread.questionKey) ?? []), thread]);
  }
  return { request, threadsByQuestion };
}
