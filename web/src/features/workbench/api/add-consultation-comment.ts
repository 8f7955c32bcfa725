import { z } from 'zod';
import { NewConsultationCommentBodySchema } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

export type NewConsultationComment = z.input<typeof NewConsultationCommentBodySchema>;

/** A focal point's comment on a node (or on the whole version when `nodeKey` is null). */
export async function addConsultationComment(versionId: string, input: NewConsultationComment): Promise<string> {
  const body = NewConsultationCommentBodySchema.parse(input);
  return (await apiSend('POST', `/api/methodologies/${encodeURIComponent(versionId)}/consultation`, body, z.object({ id: z.string() }))).id;
}
