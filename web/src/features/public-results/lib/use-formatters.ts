import { useMemo } from 'react';
import type { Locale } from '@gci/shared';

/** Number and date formats of the active language; scores are rounded once, here, for display. */
export function useFormatters(locale: Locale) {
  return useMemo(() => {
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const bound = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    return {
      score: (value: number) => score.format(value),
      bound: (value: number) => bound.format(value),
      date: (iso: string) => date.format(new Date(iso)),
    };
  }, [locale]);
}
