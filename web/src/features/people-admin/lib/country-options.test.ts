import { describe, expect, it } from 'vitest';
import { countriesOf, sortCountries } from './country-options.ts';

const kenya = { iso3: 'KEN', names: { en: 'Kenya', fr: 'Kenya' }, region: 'africa' };
const egypt = { iso3: 'EGY', names: { en: 'Egypt', fr: 'Égypte' }, region: 'arab_states' };
const germany = { iso3: 'DEU', names: { en: 'Germany', fr: 'Allemagne' }, region: 'europe' };

describe(countriesOf.name, () => {
  it('lists each country once, whatever the number of its assessments', () => {
    expect(countriesOf([{ country: kenya }, { country: egypt }, { country: kenya }]).map((c) => c.iso3)).toEqual(['KEN', 'EGY']);
  });
});

describe(sortCountries.name, () => {
  it('orders countries by their name in the reader’s language, accents aside', () => {
    const countries = countriesOf([{ country: kenya }, { country: egypt }, { country: germany }]);
    expect(sortCountries(countries, 'en').map((c) => c.iso3)).toEqual(['EGY', 'DEU', 'KEN']);
    expect(sortCountries(countries, 'fr').map((c) => c.iso3)).toEqual(['DEU', 'EGY', 'KEN']);
  });
});
