import { useMemo } from 'react';
import type { Locale } from '@gci/shared';

/** Dates of the questionnaire in the reader's language and time zone. */
export function useFormatters(locale: Locale) {
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const deadline = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const bytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    return {
      day: (iso: string) => day.format(new Date(iso)),
      moment: (iso: string) => moment.format(new Date(iso)),
      deadline: (iso: string) => deadline.format(new Date(iso)),
      percent: (share: number) => percent.format(share),
      size: (sizeBytes: number) => bytes.format(Math.max(1, Math.round(sizeBytes / 1024))),
    };
  }, [locale]);
}
