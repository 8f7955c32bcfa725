import { cyclesApi, type Locale } from '@gci/shared';
import { hrefOf } from './api-client.ts';

/** Addresses of the export of every answer of a cycle (analysts and admins), texts in `lang`. */
export const answersExportLinks = (cycleId: string, lang: Locale) => ({
  xlsx: hrefOf(cyclesApi.exportAnswersXlsx, { params: { cycleId }, query: { lang } }),
  csv: hrefOf(cyclesApi.exportAnswersCsv, { params: { cycleId }, query: { lang } }),
});
