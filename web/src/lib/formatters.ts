import { localize, SCORE_DECIMALS, truncateScore, type Locale, type LocalizedString, type TierThreshold } from '@gci/shared';

/**
 * Every number and date the pages show, in one language. Scores are shown here, and always the
 * same way: two decimals, cut rather than rounded (truncateScore, shared with the downloads), so a
 * shown score never contradicts its tier; nothing else rounds a score. Dates are ISO strings
 * shown in the reader's time zone.
 */
export function createFormatters(locale: Locale) {
  // Each Intl format is built on its first use: building one costs far more than using it, and a
  // page uses a few of the thirteen.
  const lazy = <F extends { format: (value: never) => string }>(build: () => F) => {
    let built: F | undefined;
    return { format: (value: Parameters<F['format']>[0]) => (built ??= build()).format(value) };
  };
  const number = (options: Intl.NumberFormatOptions) => lazy(() => new Intl.NumberFormat(locale, options));
  const date = (options: Intl.DateTimeFormatOptions) => {
    const format = lazy(() => new Intl.DateTimeFormat(locale, options));
    return (iso: string) => format.format(new Date(iso));
  };
  const score = number({ minimumFractionDigits: SCORE_DECIMALS, maximumFractionDigits: SCORE_DECIMALS });
  const bound = number({ maximumFractionDigits: 1 });
  const points = number({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const plain = number({ maximumFractionDigits: 3 });
  const signed = number({ maximumFractionDigits: 3, signDisplay: 'exceptZero' });
  const integer = number({ maximumFractionDigits: 0 });
  const percent = number({ style: 'percent', maximumFractionDigits: 0 });
  const percent1 = number({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percentFine = number({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const kilobytes = number({ style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return {
    locale,
    /** a score (0–100, or a pillar's 0–max): two decimals, cut (94.9875 → 94.98), always */
    score: (value: number) => score.format(truncateScore(value)),
    /** a band limit or a maximum (95, 100, 12.5): a decimal only when there is one */
    bound: (value: number) => bound.format(value),
    /** contributions and gains, often below one point: two decimals */
    points: (value: number) => points.format(value),
    /** any other number (a weight, an answer): up to three decimals */
    number: (value: number) => plain.format(value),
    /** a change: +1.5, −2, 0 */
    signed: (value: number) => signed.format(value),
    /** a count */
    integer: (value: number) => integer.format(value),
    /** a share 0–1 as a whole percentage */
    percent: (share: number) => percent.format(share),
    /** a share 0–1 with one decimal (a probability) */
    percent1: (share: number) => percent1.format(share),
    /** a small share 0–1 (a question's weight) with up to two decimals */
    percentFine: (share: number) => percentFine.format(share),
    /** a file size, in whole kilobytes (at least 1) */
    size: (bytes: number) => kilobytes.format(Math.max(1, Math.round(bytes / 1024))),
    /** a day: "March 31, 2027" */
    date: date({ dateStyle: 'long' }),
    /** a moment: "Mar 31, 2027, 2:05 PM" */
    dateTime: date({ dateStyle: 'medium', timeStyle: 'short' }),
    /** a log entry's moment, to the second */
    timestamp: date({ dateStyle: 'medium', timeStyle: 'medium' }),
    /** a deadline, with its time zone spelled out */
    deadline: date({ year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }),
    /** a text in several languages, in this one (or its fallback) */
    text: (text: LocalizedString) => localize(text, locale),
    /** the name of a tier under the given thresholds ('' when there is no such tier) */
    tierName: (thresholds: readonly TierThreshold[], tier: number) => {
      const found = thresholds.find((t) => t.tier === tier);
      return found ? localize(found.name, locale) : '';
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
