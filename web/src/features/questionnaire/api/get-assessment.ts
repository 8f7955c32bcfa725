import { assessmentsApi, type AssessmentDetail, type Locale } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** An assessment with its questionnaire (texts in `lang`, English as fallback) and the stored answers. */
export const getAssessment = (id: string, lang: Locale, signal?: AbortSignal): Promise<AssessmentDetail> =>
  callApi(assessmentsApi.detail, { params: { assessmentId: id }, query: { lang } }, { signal });
