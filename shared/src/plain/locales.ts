/**
 * The languages, as plain values and a guard: no zod here, so the shell of every page (language
 * switcher, formatters) can use them without loading it. The schemas are in schemas/locale.ts.
 */

/** The six UN languages; English is the fallback for every text. */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

export const RTL_LOCALES: readonly Locale[] = ['ar'];
export const isRtl = (locale: Locale): boolean => RTL_LOCALES.includes(locale);

/** A text in several languages; English must be present (LocalizedStringSchema checks it). */
export type LocalizedString = { en: string } & { [L in Exclude<Locale, 'en'>]?: string | undefined };

/** Picks the text for a locale, falling back to English. */
export function localize(text: LocalizedString, locale: Locale): string {
  return text[locale] ?? text.en;
}
