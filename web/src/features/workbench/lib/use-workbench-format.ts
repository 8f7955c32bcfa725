import { useMemo } from 'react';
import { localize, type LocalizedString, type TierThreshold } from '@gci/shared';
import { useLocale } from '../../../i18n/use-locale.ts';

/** Number, date and name formats of the active language; scores are rounded here, for display only. */
export function useWorkbenchFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const weight = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const percent1 = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const integer = new Intl.NumberFormat(locale);
    const signed = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      score: (v: number) => score.format(v),
      weight: (v: number) => weight.format(v),
      percent: (v: number) => percent.format(v),
      percent1: (v: number) => percent1.format(v),
      integer: (v: number) => integer.format(v),
      signed: (v: number) => signed.format(v),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      text: (s: LocalizedString) => localize(s, locale),
      tierName: (thresholds: readonly TierThreshold[], tier: number) => {
        const found = thresholds.find((t) => t.tier === tier);
        return found ? localize(found.name, locale) : '';
      },
    };
  }, [locale]);
}

export type WorkbenchFormat = ReturnType<typeof useWorkbenchFormat>;

/** The first 12 hex digits of a SHA-256, enough to tell versions apart on screen (the full hash is in the title). */
export const shortHash = (hash: string): string => hash.slice(0, 12);
