import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badRequest } from '../../errors.ts';

/** zxcvbn's scale is 0–4; 3 is "safely unguessable: moderate protection from an offline attack". */
export const MIN_PASSWORD_SCORE = 3;

// zxcvbn's feedback comes as keys; these are the English words for them (every key, or this does not compile).
const PLAIN_WORDS: TranslationKeys = {
  warnings: {
    straightRow: 'Rows of keys on the keyboard are easy to guess.',
    keyPattern: 'Short patterns on the keyboard are easy to guess.',
    simpleRepeat: 'Repeated characters like "aaa" are easy to guess.',
    extendedRepeat: 'Repeated patterns like "abcabcabc" are easy to guess.',
    sequences: 'Sequences like "abc" or "6543" are easy to guess.',
    recentYears: 'Recent years are easy to guess.',
    dates: 'Dates are easy to guess.',
    topTen: 'This is one of the ten most used passwords.',
    topHundred: 'This is one of the hundred most used passwords.',
    common: 'This is a commonly used password.',
    similarToCommon: 'This is similar to a commonly used password.',
    wordByItself: 'A single word is easy to guess.',
    namesByThemselves: 'Names by themselves are easy to guess.',
    commonNames: 'Common names are easy to guess.',
    userInputs: 'It must not contain your email address or your name.',
    pwned: 'This password appeared in a data breach.',
  },
  suggestions: {
    l33t: 'Avoid predictable letter substitutions like "@" for "a".',
    reverseWords: 'Avoid reversed spellings of common words.',
    allUppercase: 'Capitalise some letters, not all of them.',
    capitalization: 'Capitalise more than the first letter.',
    dates: 'Avoid dates and years that are associated with you.',
    recentYears: 'Avoid recent years.',
    associatedYears: 'Avoid years that are associated with you.',
    sequences: 'Avoid common character sequences.',
    repeated: 'Avoid repeated words and characters.',
    longerKeyboardPattern: 'Use longer keyboard patterns and change typing direction several times.',
    anotherWord: 'Add more words that are less common.',
    useWords: 'Use several words, but avoid common phrases.',
    noNeed: 'You can create strong passwords without symbols, numbers or uppercase letters.',
    pwned: 'If you use this password elsewhere, change it there too.',
  },
  timeEstimation: {
    ltSecond: 'less than a second',
    second: '{base} second',
    seconds: '{base} seconds',
    minute: '{base} minute',
    minutes: '{base} minutes',
    hour: '{base} hour',
    hours: '{base} hours',
    day: '{base} day',
    days: '{base} days',
    month: '{base} month',
    months: '{base} months',
    year: '{base} year',
    years: '{base} years',
    centuries: 'centuries',
  },
};

// Built once per process: the dictionaries (about 40,000 common passwords and words) are ranked here,
// not at every request. No Levenshtein matching: it costs 30–300 ms a check against 1–7 ms without.
// Only the first 64 characters are examined, which bounds a check's time (a 128-character one took
// up to 230 ms); a password whose first 64 characters are strong is strong.
// Without translations its feedback is the keys themselves: the web app words them in the page's
// language, PLAIN_WORDS in the English message.
const zxcvbn = new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs, maxLength: 64 });

export type PasswordWarning = keyof TranslationKeys['warnings'];
export type PasswordSuggestion = keyof TranslationKeys['suggestions'];

/** Who chooses the password: what it must not be built from. */
export interface PasswordOwner {
  email: string;
  name?: string | null;
}

/**
 * Why a password may not be used: `reason` for a form to pick its words, `advice` in plain English,
 * and zxcvbn's `warning` and `suggestions` as keys a form shows in its own language.
 */
export interface PasswordWeakness {
  reason: 'email_name' | 'weak_password';
  advice: string;
  warning?: PasswordWarning;
  suggestions?: PasswordSuggestion[];
}

/** What is wrong with a password someone chooses, or null when it may be used. */
export function passwordWeakness(password: string, owner: PasswordOwner): PasswordWeakness | null {
  const local = owner.email.split('@')[0]!.toLowerCase();
  if (local && password.toLowerCase().includes(local)) return { reason: 'email_name', advice: 'must not contain your email name (the part before the @).' };
  const inputs = [owner.email, local, ...(owner.name ? [owner.name, ...owner.name.split(/\s+/)] : [])].filter((s) => s.length > 0);
  const { score, feedback } = zxcvbn.check(password, inputs);
  if (score >= MIN_PASSWORD_SCORE) return null;
  const warning = (feedback.warning || undefined) as PasswordWarning | undefined;
  const suggestions = feedback.suggestions as PasswordSuggestion[];
  const advice = [warning && PLAIN_WORDS.warnings[warning], ...suggestions.map((key) => PLAIN_WORDS.suggestions[key])].filter((s): s is string => !!s);
  return { reason: 'weak_password', advice: ['is too easy to guess.', ...advice].join(' '), ...(warning ? { warning } : {}), suggestions };
}

/**
 * Refuses a password someone chooses that contains their email name or is easy to guess: a 400
 * naming the field (`body.newPassword`), with zxcvbn's warning and suggestions in the message (in
 * English) and as keys in `details` (`reason`, `warning`, `suggestions`) for the form's language.
 */
export function assertStrongPassword(password: string, owner: PasswordOwner, field: string, label = 'The password'): void {
  const weakness = passwordWeakness(password, owner);
  if (!weakness) return;
  const { reason, warning, suggestions } = weakness;
  throw badRequest(`${label} ${weakness.advice}`, field, { reason, ...(warning ? { warning } : {}), ...(suggestions ? { suggestions } : {}) });
}
