import { z } from 'zod';
import { NewThreadBodySchema } from '@gci/shared';
import { apiSend } from '../../../lib/api-client.ts';

export type NewThread = z.input<typeof NewThreadBodySchema>;

/** Opens a thread on a question, or with `questionKey: null` on the whole assessment. */
export async function openThread(assessmentId: string, input: NewThread): Promise<string> {
  const body = NewThreadBodySchema.parse(input);
  const { id } = await apiSend('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/threads`, body, z.object({ id: z.string() }));
  return id;
}
