import { useMemo } from 'react';
import type { Locale } from '@gci/shared';

/** Dates and numbers of the review pages in the reader's language and time zone. */
export function useFormatters(locale: Locale) {
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const fine = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    return {
      day: (iso: string) => day.format(new Date(iso)),
      moment: (iso: string) => moment.format(new Date(iso)),
      /** a share 0–1 as a whole percentage */
      percent: (share: number) => percent.format(share),
      /** a score rounded once, for display only */
      score: (value: number) => score.format(value),
      number: (value: number) => fine.format(value),
    };
  }, [locale]);
}

export type Formatters = ReturnType<typeof useFormatters>;
