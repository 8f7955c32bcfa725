import { z } from 'zod';
import { NewCommentBodySchema } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

/** Adds a comment to an open thread (204); a resolved thread answers 409. */
export async function replyToThread(threadId: string, body: string): Promise<void> {
  await apiSend('POST', `/api/threads/${encodeURIComponent(threadId)}/comments`, NewCommentBodySchema.parse({ body }), z.null());
}
