import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

/** Marks a thread resolved (reviewers); open threads block validation. */
export async function resolveThread(threadId: string): Promise<void> {
  await apiSend('POST', `/api/threads/${encodeURIComponent(threadId)}/resolve`, undefined, z.null());
}
