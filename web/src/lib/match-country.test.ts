import { describe, expect, it } from 'vitest';
import { foldName, matchOptions } from './match-country.ts';

const fr = [
  { value: 'CIV', label: "Côte d'Ivoire" },
  { value: 'CRI', label: 'Costa Rica' },
  { value: 'ECU', label: 'Équateur' },
  { value: 'FRA', label: 'France' },
  { value: 'ZAF', label: 'Afrique du Sud' },
  { value: 'CAF', label: 'République centrafricaine' },
];
const labels = (options: readonly { label: string }[]) => options.map((o) => o.label);

describe(foldName.name, () => {
  it('drops accents and case and reads apostrophes as spaces', () => {
    expect(foldName("Côte d'Ivoire", 'fr')).toBe('cote d ivoire');
    expect(foldName('ÉQUATEUR', 'fr')).toBe('equateur');
    expect(foldName('Türkiye', 'en')).toBe('turkiye');
  });

  it('leaves scripts without case or marks as they are', () => {
    expect(foldName('中国', 'zh')).toBe('中国');
  });
});

describe(matchOptions.name, () => {
  it('finds a name whatever its accents and case', () => {
    expect(labels(matchOptions(fr, 'cote', 'fr'))).toEqual(["Côte d'Ivoire"]);
    expect(labels(matchOptions(fr, 'EQUA', 'fr'))).toEqual(['Équateur']);
    expect(labels(matchOptions(fr, "cote d'iv", 'fr'))).toEqual(["Côte d'Ivoire"]);
  });

  it('puts names that start with the query first, then word starts, then anywhere', () => {
    expect(labels(matchOptions(fr, 'c', 'fr'))).toEqual(['Costa Rica', "Côte d'Ivoire", 'République centrafricaine', 'France']);
    expect(labels(matchOptions(fr, 'afri', 'fr'))).toEqual(['Afrique du Sud', 'République centrafricaine']);
  });

  it('matches an ISO3 code exactly', () => {
    expect(labels(matchOptions(fr, 'civ', 'fr'))).toEqual(["Côte d'Ivoire"]);
  });

  it('returns every option alphabetically for an empty query, and no more than the limit', () => {
    expect(labels(matchOptions(fr, '  ', 'fr'))[0]).toBe('Afrique du Sud');
    expect(matchOptions(fr, '', 'fr', 2)).toHaveLength(2);
  });

  it('finds nothing for a name that is not there', () => {
    expect(matchOptions(fr, 'xyz', 'fr')).toEqual([]);
  });
});
