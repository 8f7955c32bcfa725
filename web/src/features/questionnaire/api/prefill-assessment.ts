import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

const ResponseSchema = z.object({ carriedOver: z.number().int(), fromYear: z.number().int() });

/** Starts from the previous cycle's answers and evidence, each marked carried over. */
export function prefillAssessment(assessmentId: string): Promise<z.infer<typeof ResponseSchema>> {
  return apiSend('POST', `/api/assessments/${encodeURIComponent(assessmentId)}/prefill`, undefined, ResponseSchema);
}
