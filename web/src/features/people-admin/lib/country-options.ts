import { localize, type AssessmentSummary, type Locale, type LocalizedString } from '@gci/shared';

export interface CountryOption {
  iso3: string;
  names: LocalizedString;
}

/** Each country once, from its assessments in any cycle. */
export function countriesOf(assessments: readonly Pick<AssessmentSummary, 'country'>[]): CountryOption[] {
  const byCode = new Map<string, CountryOption>();
  for (const { country } of assessments) if (!byCode.has(country.iso3)) byCode.set(country.iso3, { iso3: country.iso3, names: country.names });
  return [...byCode.values()];
}

/** The countries by name in the reader's language and alphabet. */
export function sortCountries(countries: readonly CountryOption[], locale: Locale): CountryOption[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return countries.toSorted((a, b) => collator.compare(localize(a.names, locale), localize(b.names, locale)));
}
