import { describe, expect, it } from 'vitest';
import type { AdminCountry } from '@gci/shared';
import { draftOf, emptyDraft, fieldOf, searchCountries, toCreateBody, toUpdateBody } from './country-form.ts';

const country = (iso3: string, en: string, fr = en): AdminCountry => ({
  iso3,
  iso2: iso3.slice(0, 2),
  numeric: '001',
  region: 'africa',
  names: { en, fr, es: en, ar: en, zh: en, ru: en },
  version: 3,
  updatedAt: null,
  cycles: [],
});

describe('the country form', () => {
  it('finds countries by code or by a name in any language, ignoring accents and case', () => {
    const list = [country('CIV', "Côte d'Ivoire"), country('TUR', 'Türkiye'), country('DEU', 'Germany', 'Allemagne')];
    expect(searchCountries(list, 'cote').map((c) => c.iso3)).toEqual(['CIV']);
    expect(searchCountries(list, 'TURKIYE').map((c) => c.iso3)).toEqual(['TUR']);
    expect(searchCountries(list, 'allem').map((c) => c.iso3)).toEqual(['DEU']);
    expect(searchCountries(list, 'deu').map((c) => c.iso3)).toEqual(['DEU']);
    expect(searchCountries(list, '  ')).toHaveLength(3);
  });

  it('checks an edit with the route schema and names the field at fault', () => {
    const draft = draftOf(country('KEN', 'Kenya'));
    expect(toUpdateBody(draft, 3)).toMatchObject({ ok: true, body: { version: 3, region: 'africa', names: { en: 'Kenya' } } });
    expect(toUpdateBody({ ...draft, names: { ...draft.names, ar: ' ' } }, 3)).toEqual({ ok: false, field: 'names.ar' });
  });

  it('checks a new country, codes included', () => {
    const draft = { ...emptyDraft(), iso3: 'tza', iso2: 'TZ', numeric: '834', region: 'africa' as const };
    expect(toCreateBody(draft)).toEqual({ ok: false, field: 'iso3' });
    expect(toCreateBody({ ...draft, iso3: 'TZA' })).toEqual({ ok: false, field: 'names.en' });
  });

  it('maps a server field to the form field', () => {
    expect(fieldOf('body.names.zh')).toBe('names.zh');
    expect(fieldOf('body.iso2')).toBe('iso2');
    expect(fieldOf('body.version')).toBeNull();
    expect(fieldOf(undefined)).toBeNull();
  });
});
