import { isRtl, type Locale, type LocalizedString } from '@gci/shared';
import { isAccountMailKind, type MailContent, type MailKind, type MailParams } from './mail-kinds.ts';
import { mailFormat } from './mail-format.ts';
import { mailHtml, mailText } from './mail-html.ts';
import type { KindText, LocaleTexts } from './mail-texts.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { ar } from './ar.ts';
import { zh } from './zh.ts';
import { ru } from './ru.ts';

/** Every language of the platform: a missing one does not compile, nor does a language missing a kind. */
export const MAIL_TEXTS: Readonly<Record<Locale, LocaleTexts>> = { en, fr, es, ar, zh, ru };

/** The kinds, in the order of the templates (for tests and lists). */
export const MAIL_KINDS = Object.keys(en.kinds) as MailKind[];

export interface RenderedMail {
  /** the subject line, also the in-app notice's title */
  subject: string;
  text: string;
  html: string;
}

// The one place a kind's parameters meet its template: `MailContent` ties them together for callers.
const kindText = (texts: LocaleTexts, content: MailContent, locale: Locale): KindText =>
  (texts.kinds[content.kind] as (params: MailParams[MailKind], f: ReturnType<typeof mailFormat>) => KindText)(content.params, mailFormat(locale));

/**
 * Renders a message in the recipient's language: subject, plain text and HTML. `params.link` must
 * be an absolute http(s) address (notify() and queueAccountMail() make it so). User-written text
 * (a comment, a reason, a name) is escaped in the HTML.
 */
export function renderMail(content: MailContent, locale: Locale, recipientName: string | null): RenderedMail {
  if (!/^https?:\/\//.test(content.params.link)) throw new Error(`A mail link must be an absolute http(s) address: ${content.params.link}`);
  const texts = MAIL_TEXTS[locale];
  const format = mailFormat(locale);
  const words = kindText(texts, content, locale);
  // what the message is about, for the subject line and the facts under the title
  const params = content.params as { country?: LocalizedString; cycleName?: string; questionKey?: string | null };
  const about = [...(params.country ? [format.country(params.country)] : []), ...(params.cycleName ? [params.cycleName] : [])];
  const facts: [string, string][] = [
    ...(params.country ? [[texts.labels.country, format.country(params.country)] as [string, string]] : []),
    ...(params.cycleName ? [[texts.labels.cycle, params.cycleName] as [string, string]] : []),
    ...(params.questionKey ? [[texts.labels.question, params.questionKey] as [string, string]] : []),
  ];
  const subject = texts.subject(words.title, about);
  const layout = {
    lang: locale,
    dir: isRtl(locale) ? ('rtl' as const) : ('ltr' as const),
    subject,
    brand: texts.brand,
    title: words.title,
    greeting: texts.greeting(recipientName?.trim() || null),
    intro: words.intro,
    facts,
    separator: texts.separator,
    quote: words.quote,
    outro: words.outro ?? [],
    action: words.action,
    link: content.params.link,
    linkFallback: texts.linkFallback,
    footer: isAccountMailKind(content.kind) ? texts.footer.account : texts.footer.notice,
  };
  return { subject, text: mailText(layout), html: mailHtml(layout) };
}
