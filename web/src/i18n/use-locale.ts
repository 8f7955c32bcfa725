import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '@gci/shared';

/** The active UI language as a shared `Locale` (English until another bundle has loaded). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}
