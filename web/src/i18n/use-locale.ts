import { useTranslation } from 'react-i18next';
import { LocaleSchema, type Locale } from '@gci/shared';

/** The active UI language as a shared `Locale` (English until another bundle has loaded). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return LocaleSchema.safeParse(i18n.resolvedLanguage).data ?? 'en';
}
