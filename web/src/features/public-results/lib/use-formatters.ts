import { useMemo } from 'react';
import type { Locale } from '@gci/shared';

/** Number and date formats of the active language; scores are rounded once, here, for display. */
export function useFormatters(locale: Locale) {
  return useMemo(() => {
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const bound = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const points = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const percentFine = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
    const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    return {
      score: (value: number) => score.format(value),
      bound: (value: number) => bound.format(value),
      /** two decimals: contributions and gains, which are often below one point */
      points: (value: number) => points.format(value),
      /** a share 0–1 as a whole percentage */
      percent: (value: number) => percent.format(value),
      /** a small share 0–1 (a question's weight) with decimals */
      percentFine: (value: number) => percentFine.format(value),
      integer: (value: number) => integer.format(value),
      date: (iso: string) => date.format(new Date(iso)),
    };
  }, [locale]);
}
