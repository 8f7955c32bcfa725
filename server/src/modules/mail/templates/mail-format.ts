import { localize, type Locale, type LocalizedString } from '@gci/shared';

/** A text for each plural category the language has ('{n}' is replaced by the formatted number); `other` always. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** How a template writes dates, numbers, plurals and country names in its language. */
export interface MailFormat {
  /** a moment, in UTC and saying so: "December 9, 2026 at 3:00 PM UTC" */
  dateTime(date: Date): string;
  number(n: number): string;
  plural(n: number, forms: PluralForms): string;
  country(names: LocalizedString): string;
}

export function mailFormat(locale: Locale): MailFormat {
  const dateTime = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  const number = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  return {
    dateTime: (date) => dateTime.format(date),
    number: (n) => number.format(n),
    plural: (n, forms) => (forms[plurals.select(n)] ?? forms.other).replaceAll('{n}', number.format(n)),
    country: (names) => localize(names, locale),
  };
}
