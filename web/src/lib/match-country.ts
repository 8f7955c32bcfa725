import { localize, type Locale, type LocalizedString } from '@gci/shared';

/**
 * Folds a name for type-ahead matching: lower case, accents and other combining marks dropped
 * (NFD splits "ô" into "o" + U+0302), apostrophes and dashes read as spaces, spaces collapsed. So
 * "cote" finds "Côte d'Ivoire" and "COTE D IVOIRE" does too. Scripts without case or marks
 * (Arabic, Chinese) pass through unchanged.
 */
export function foldName(text: string, locale?: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase(locale)
    .replace(/[\s'’‘`´\-‐–—.,()]+/gu, ' ')
    .trim();
}

export interface NamedOption {
  /** what the option stands for (an ISO3 code) */
  value: string;
  /** its name in the interface language */
  label: string;
}

/**
 * The options whose name matches `query`, best first: names that start with it, then names with a
 * word that starts with it, then names containing it anywhere; alphabetical (Intl.Collator of the
 * locale) within each group. An empty query returns every option, alphabetical. The value (an
 * ISO3 code) matches too, exactly, so "CIV" finds Côte d'Ivoire.
 */
export function matchOptions<Option extends NamedOption>(options: readonly Option[], query: string, locale: string, limit = Infinity): Option[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const needle = foldName(query, locale);
  const byName = (a: Option, b: Option) => collator.compare(a.label, b.label);
  if (!needle) return [...options].sort(byName).slice(0, limit);
  const ranked: { option: Option; rank: number }[] = [];
  for (const option of options) {
    const name = foldName(option.label, locale);
    const rank = name.startsWith(needle) ? 0 : option.value.toLowerCase() === needle ? 1 : name.includes(` ${needle}`) ? 2 : name.includes(needle) ? 3 : -1;
    if (rank >= 0) ranked.push({ option, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || byName(a.option, b.option))
    .slice(0, limit)
    .map((r) => r.option);
}

/** Countries as combobox options: the ISO3 code and the name in the interface language. */
export function countryOptions(countries: readonly { iso3: string; names: LocalizedString }[], locale: Locale): NamedOption[] {
  return countries.map((c) => ({ value: c.iso3, label: localize(c.names, locale) }));
}
