import { z } from 'zod';
import { ConsultationCommentSchema, type ConsultationComment } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

const ResponseSchema = z.object({ comments: z.array(ConsultationCommentSchema) });

/** The comments of the consultation on a version, by node then time. */
export async function getConsultation(versionId: string, signal?: AbortSignal): Promise<ConsultationComment[]> {
  return (await apiGet(`/api/methodologies/${encodeURIComponent(versionId)}/consultation`, ResponseSchema, { signal })).comments;
}
