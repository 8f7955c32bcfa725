import { AssessmentDetailSchema, type AssessmentDetail, type Locale } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

/** The assessment with its questionnaire (texts in `lang`, English as fallback), answers and evidence. */
export function getAssessmentDetail(id: string, lang: Locale, signal?: AbortSignal): Promise<AssessmentDetail> {
  return apiGet(`/api/assessments/${encodeURIComponent(id)}?lang=${lang}`, AssessmentDetailSchema, { signal });
}
