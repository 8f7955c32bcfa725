import { assessmentsApi, type AssessmentDetail, type Locale } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** The assessment with its questionnaire (texts in `lang`, English as fallback), answers and evidence. */
export const getAssessmentDetail = (id: string, lang: Locale, signal?: AbortSignal): Promise<AssessmentDetail> =>
  callApi(assessmentsApi.detail, { params: { assessmentId: id }, query: { lang } }, { signal });
