import type { MailFormat } from './mail-format.ts';
import type { MailKind, MailParams } from './mail-kinds.ts';

/** The words of one kind of message in one language; the layout around them is shared (render-mail.ts). */
export interface KindText {
  /** the subject (followed by the country and cycle it is about) and the in-app notice's title */
  title: string;
  intro: readonly string[];
  /** someone's own words, quoted as written: a reviewer's comment, a reason */
  quote?: string;
  outro?: readonly string[];
  /** the button's label */
  action: string;
}

/** Every kind, so a language without the text of a kind does not compile. */
export type KindTexts = { readonly [K in MailKind]: (params: MailParams[K], f: MailFormat) => KindText };

/** One language's messages. */
export interface LocaleTexts {
  /** the index's name, above the title */
  brand: string;
  greeting(name: string | null): string;
  /** the subject line: the title, then what it is about (country, cycle) */
  subject(title: string, about: readonly string[]): string;
  /** the facts listed under the text */
  labels: { country: string; cycle: string; question: string };
  /** between a label and its value */
  separator: string;
  /** before the address written out, for a reader whose client shows no button */
  linkFallback: string;
  footer: {
    /** under a notice about an assessment */
    notice: string;
    /** under an invitation or a password reset */
    account: string;
  };
  kinds: KindTexts;
}
