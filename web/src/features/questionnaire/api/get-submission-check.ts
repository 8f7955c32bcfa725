import { assessmentsApi, type SubmissionCheck } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** What is missing before submission, in questionnaire order (from the answers the server has). */
export const getSubmissionCheck = (assessmentId: string, signal?: AbortSignal): Promise<SubmissionCheck> =>
  callApi(assessmentsApi.submissionCheck, { params: { assessmentId } }, { signal });
