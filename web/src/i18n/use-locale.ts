import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '@gci/shared';

const localeOf = (language: string | undefined): Locale => (isLocale(language) ? language : 'en');

/** The active UI language as a shared `Locale` (English until another bundle has loaded). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return localeOf(i18n.resolvedLanguage);
}

/** The same outside React, as a route's data function needs it. */
export function currentLocale(): Locale {
  return localeOf(i18next.resolvedLanguage);
}
