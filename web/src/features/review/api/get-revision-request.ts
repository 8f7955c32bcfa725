import { z } from 'zod';
import { RevisionRequestSchema } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

export type RevisionRequest = z.infer<typeof RevisionRequestSchema>;

/** The latest return for revision (flagged questions and the reviewer's comment), or null. */
export async function getRevisionRequest(assessmentId: string, signal?: AbortSignal): Promise<RevisionRequest | null> {
  const path = `/api/assessments/${encodeURIComponent(assessmentId)}/revision-request`;
  const { request } = await apiGet(path, z.object({ request: RevisionRequestSchema.nullable() }), { signal });
  return request;
}
