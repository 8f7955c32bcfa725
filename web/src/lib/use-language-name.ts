import { useTranslation } from 'react-i18next';

/** A language code's name in the reader's language ("fr" → "French" / "français"), from the browser's own data. */
export function useLanguageName(): (code: string) => string {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (code: string) => names.of(code) ?? code;
}
