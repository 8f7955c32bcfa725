import type { Locale, LocalizedString } from '@gci/shared';

/**
 * `lang` and `dir` for a questionnaire text shown in English because it has no translation into
 * the reader's language: screen readers switch voice (WCAG 3.1.2), and English punctuation stays
 * in place inside a right-to-left page.
 */
export function fallbackLang(text: LocalizedString | undefined, locale: Locale): { lang?: 'en'; dir?: 'ltr' } {
  if (!text || locale === 'en' || text[locale] !== undefined) return {};
  return { lang: 'en', dir: 'ltr' };
}
