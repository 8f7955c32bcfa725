import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '@gci/shared';

type Messages = { [key: string]: string | Messages };

const PLURAL = /_(zero|one|two|few|many|other)$/;

const messagesOf = (locale: Locale): Messages => JSON.parse(readFileSync(new URL(`../locales/${locale}.json`, import.meta.url), 'utf8')) as Messages;

/** Every message as `a.b.c` → text. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') flat.set(prefix + key, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) flat.set(inner, text);
  }
  return flat;
}

/** The keys a reader's code asks for: `x_one` and `x_other` are both `x` (i18next picks the plural form). */
const baseKeys = (flat: Map<string, string>) => new Set([...flat.keys()].map((key) => key.replace(PLURAL, '')));

/** `{{name}}` placeholders of a text. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const english = flatten(messagesOf('en'));

describe('the six locale files', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has the same messages as English, no more and no fewer', (locale) => {
    const own = baseKeys(flatten(messagesOf(locale)));
    const reference = baseKeys(english);
    expect(
      [...reference].filter((key) => !own.has(key)),
      'missing',
    ).toEqual([]);
    expect(
      [...own].filter((key) => !reference.has(key)),
      'not in English',
    ).toEqual([]);
  });

  it.each(LOCALES)('%s has each plural form its language uses, and only those', (locale) => {
    const flat = flatten(messagesOf(locale));
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.toSorted();
    const forms = new Map<string, string[]>();
    for (const key of flat.keys()) {
      const match = PLURAL.exec(key);
      if (match) forms.set(key.replace(PLURAL, ''), [...(forms.get(key.replace(PLURAL, '')) ?? []), match[1]!]);
    }
    for (const [key, found] of forms) expect(found.toSorted(), key).toEqual(categories);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s fills in the same placeholders as English', (locale) => {
    const own = flatten(messagesOf(locale));
    const expected = new Map([...english].map(([key, text]) => [key.replace(PLURAL, ''), placeholders(text)]));
    for (const [key, text] of own) {
      const wanted = expected.get(key.replace(PLURAL, ''));
      // a plural form may leave the count out ("one change" in words); every other name must be the same
      if (wanted)
        expect(
          placeholders(text).filter((name) => name !== 'count'),
          key,
        ).toEqual(wanted.filter((name) => name !== 'count'));
    }
  });
});
