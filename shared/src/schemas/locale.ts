import { z } from 'zod';

/** The six UN languages; English is the fallback for every text. */
export const LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

export const RTL_LOCALES: readonly Locale[] = ['ar'];
export const isRtl = (locale: Locale): boolean => RTL_LOCALES.includes(locale);

/** A text in several languages; English must be present. */
export const LocalizedStringSchema = z
  .object({ en: z.string().min(1) })
  .extend(
    Object.fromEntries(LOCALES.filter((l) => l !== 'en').map((l) => [l, z.string().optional()])) as Record<Exclude<Locale, 'en'>, z.ZodOptional<z.ZodString>>,
  );
export type LocalizedString = z.infer<typeof LocalizedStringSchema>;

/** Picks the text for a locale, falling back to English. */
export function localize(text: LocalizedString, locale: Locale): string {
  return text[locale] ?? text.en;
}
