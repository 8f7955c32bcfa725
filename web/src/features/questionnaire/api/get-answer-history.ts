import { z } from 'zod';
import { AnswerHistoryEntrySchema, type AnswerHistoryEntry } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

const ResponseSchema = z.object({ history: z.array(AnswerHistoryEntrySchema) });

/** Every accepted change of one answer, newest first. */
export async function getAnswerHistory(assessmentId: string, questionKey: string, signal?: AbortSignal): Promise<AnswerHistoryEntry[]> {
  const path = `/api/assessments/${encodeURIComponent(assessmentId)}/answers/${encodeURIComponent(questionKey)}/history`;
  const { history } = await apiGet(path, ResponseSchema, { signal });
  return history;
}
