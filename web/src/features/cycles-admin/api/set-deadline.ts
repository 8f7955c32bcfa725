import { assessmentsApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Extends one country's deadline (or, with null, brings it back to the cycle's closing date). */
export function setDeadline(assessmentId: string, deadline: string | null): Promise<void> {
  return callApi(assessmentsApi.setDeadline, { params: { assessmentId }, body: { deadline } });
}
