import { z } from 'zod';
import { AssessmentSummarySchema, type AssessmentSummary } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

const ResponseSchema = z.object({ assessments: z.array(AssessmentSummarySchema) });

/** The caller's assessments: a focal point's own country's, every country's for staff; newest cycle first. */
export async function getMyAssessments(signal?: AbortSignal): Promise<AssessmentSummary[]> {
  const { assessments } = await apiGet('/api/assessments', ResponseSchema, { signal });
  return assessments;
}
