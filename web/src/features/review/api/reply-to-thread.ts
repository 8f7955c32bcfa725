import { reviewApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Adds a comment to an open thread (204); a resolved thread answers 409. */
export const replyToThread = (threadId: string, body: string): Promise<void> => callApi(reviewApi.reply, { params: { threadId }, body: { body } });
