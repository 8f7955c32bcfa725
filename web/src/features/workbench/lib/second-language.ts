import { flattenTree, LOCALES, type Locale, type Methodology } from '@gci/shared';

export type OtherLocale = Exclude<Locale, 'en'>;

/** The language edited beside English: the reader's own, else the one the version's titles are most often in (French if none). */
export function secondLanguage(m: Methodology, uiLocale: Locale): OtherLocale {
  if (uiLocale !== 'en') return uiLocale;
  const others = LOCALES.filter((l): l is OtherLocale => l !== 'en');
  const counts = new Map(others.map((l) => [l, 0]));
  for (const { node } of flattenTree(m)) for (const l of others) if (node.texts.title[l]) counts.set(l, counts.get(l)! + 1);
  const [best, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return n > 0 ? best : 'fr';
}
