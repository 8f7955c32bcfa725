import { publicApi, type Locale } from '@gci/shared';
import { hrefOf } from '../../../lib/api-client.ts';

/** Addresses of the open-data downloads of a published cycle (served by the API with a file name). */
export function downloadLinks(year: number, lang: Locale) {
  return {
    csv: hrefOf(publicApi.downloadResultsCsv, { params: { year }, query: { lang } }),
    xlsx: hrefOf(publicApi.downloadResultsXlsx, { params: { year }, query: { lang } }),
    json: hrefOf(publicApi.downloadResultsJson, { params: { year }, query: { lang } }),
    bundle: hrefOf(publicApi.downloadBundle, { params: { year } }),
  };
}
