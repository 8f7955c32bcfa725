import { z } from 'zod';
import { ThreadSchema, type Thread } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** The comment threads of an assessment, oldest first, each with its comments. */
export async function getThreads(assessmentId: string, signal?: AbortSignal): Promise<Thread[]> {
  const { threads } = await apiGet(`/api/assessments/${encodeURIComponent(assessmentId)}/threads`, z.object({ threads: z.array(ThreadSchema) }), { signal });
  return threads;
}
