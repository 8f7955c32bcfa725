import { reviewApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Marks a thread resolved (reviewers); open threads block validation. */
export const resolveThread = (threadId: string): Promise<void> => callApi(reviewApi.resolve, { params: { threadId } });
