import { assessmentsApi, type Locale } from '@gci/shared';
import { hrefOf } from '../../../lib/api-client.ts';

/** Addresses of this questionnaire's exports, texts in `lang` (served as attachments with a file name). */
export const exportLinks = (assessmentId: string, lang: Locale) => ({
  xlsx: hrefOf(assessmentsApi.exportXlsx, { params: { assessmentId }, query: { lang } }),
  csv: hrefOf(assessmentsApi.exportCsv, { params: { assessmentId }, query: { lang } }),
});
