import { z } from 'zod';
import { LOCALES, type Locale, type LocalizedString } from '../plain/locales.ts';

export { LOCALES, isLocale, RTL_LOCALES, isRtl, localize, type Locale, type LocalizedString } from '../plain/locales.ts';

export const LocaleSchema = z.enum(LOCALES);

/** A text in several languages; English must be present. */
export const LocalizedStringSchema = z
  .object({ en: z.string().min(1) })
  .extend(
    Object.fromEntries(LOCALES.filter((l) => l !== 'en').map((l) => [l, z.string().optional()])) as Record<Exclude<Locale, 'en'>, z.ZodOptional<z.ZodString>>,
  ) satisfies z.ZodType<LocalizedString, LocalizedString>;
