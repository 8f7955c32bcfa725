import type { Locale } from '@gci/shared';

/** Addresses of the open-data downloads of a published cycle (served by the API with a file name). */
export function downloadLinks(year: number, lang: Locale) {
  const base = `/api/public/cycles/${year}/downloads`;
  return {
    csv: `${base}/results.csv?lang=${lang}`,
    json: `${base}/results.json?lang=${lang}`,
    bundle: `${base}/bundle.json`,
  };
}
