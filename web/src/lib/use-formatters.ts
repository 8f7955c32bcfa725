import { useMemo } from 'react';
import { useLocale } from '../i18n/use-locale.ts';
import { createFormatters, type Formatters } from './formatters.ts';

export type { Formatters } from './formatters.ts';

/** The formats of the reader's language (see createFormatters); built once per language. */
export function useFormatters(): Formatters {
  const locale = useLocale();
  return useMemo(() => createFormatters(locale), [locale]);
}
