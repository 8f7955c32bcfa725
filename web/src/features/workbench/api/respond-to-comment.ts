import { z } from 'zod';
import { ConsultationResponseBodySchema } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

export type ConsultationResponse = z.input<typeof ConsultationResponseBodySchema>;

/** An analyst's answer to a comment: whether it was taken into account, and why. */
export async function respondToComment(commentId: string, input: ConsultationResponse): Promise<void> {
  await apiSend('POST', `/api/consultation-comments/${encodeURIComponent(commentId)}/response`, ConsultationResponseBodySchema.parse(input), z.null());
}
