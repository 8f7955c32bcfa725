import type { Locale } from '@gci/shared';
import { useLocale } from '../i18n/use-locale.ts';
import { createFormatters, type Formatters } from './formatters.ts';

export type { Formatters } from './formatters.ts';

/** One set per language for the whole page: a list of 200 scores must not build 200 sets of Intl formats. */
const byLocale = new Map<Locale, Formatters>();

/** The formats of the reader's language (see createFormatters); built once per language. */
export function useFormatters(): Formatters {
  const locale = useLocale();
  let formatters = byLocale.get(locale);
  if (!formatters) byLocale.set(locale, (formatters = createFormatters(locale)));
  return formatters;
}
