import { DOWNLOAD_PATHS, type Locale } from '@gci/shared';
import { addressOf } from '../../../lib/api-client.ts';

/** Addresses of the open-data downloads of a published cycle (served by the API with a file name). */
export function downloadLinks(year: number, lang: Locale) {
  return {
    csv: addressOf(DOWNLOAD_PATHS.resultsCsv, { year }, { lang }),
    xlsx: addressOf(DOWNLOAD_PATHS.resultsXlsx, { year }, { lang }),
    json: addressOf(DOWNLOAD_PATHS.resultsJson, { year }, { lang }),
    bundle: addressOf(DOWNLOAD_PATHS.bundle, { year }),
  };
}
