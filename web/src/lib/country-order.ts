import { localize, type Locale, type LocalizedString } from '@gci/shared';

/**
 * Orders rows by their country's name as the reader spells it (Intl.Collator of the interface
 * language), so "Côte d'Ivoire" sits among the C's in French and lists never fall back to ISO codes.
 */
export function byCountryName<Row>(locale: Locale, namesOf: (row: Row) => LocalizedString): (a: Row, b: Row) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return (a, b) => collator.compare(localize(namesOf(a), locale), localize(namesOf(b), locale));
}
