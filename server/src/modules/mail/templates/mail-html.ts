/** Escapes text for HTML content and attribute values (double-quoted). */
export const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** What the layout shows, every string still unescaped. */
export interface MailLayout {
  lang: string;
  dir: 'ltr' | 'rtl';
  subject: string;
  brand: string;
  title: string;
  greeting: string;
  intro: readonly string[];
  facts: readonly (readonly [label: string, value: string])[];
  /** between a fact's label and its value (": ", "\u00a0: ", "：") */
  separator: string;
  quote?: string;
  outro: readonly string[];
  action: string;
  /** an absolute http(s) address */
  link: string;
  linkFallback: string;
  footer: string;
}

const FONT = "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Tahoma, 'PingFang SC', 'Microsoft YaHei', Arial, sans-serif";
const P = 'margin:0 0 16px;';

/**
 * A simple, accessible layout: one column of at most 600 px, real headings and paragraphs, the
 * language and direction declared, link text that says where it goes, contrast of at least 7:1
 * for body text, and inline styles only (mail clients drop style sheets). Tables only for the
 * centring that some clients need, marked `role="presentation"`.
 */
export function mailHtml(m: MailLayout): string {
  const e = escapeHtml;
  const start = m.dir === 'rtl' ? 'right' : 'left';
  const href = e(m.link);
  // the address runs left to right inside right-to-left text
  const address = `<a href="${href}" style="color:#0b4f9c;word-break:break-all;" dir="ltr">${href}</a>`;
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p style="${P}">${e(line)}</p>`).join('\n');
  const facts = m.facts.length
    ? `<p style="${P}">${m.facts.map(([label, value]) => `<strong>${e(label)}</strong>${e(m.separator)}<bdi>${e(value)}</bdi>`).join('<br>\n')}</p>`
    : '';
  const quote =
    m.quote === undefined
      ? ''
      : `<blockquote style="margin:0 0 16px;padding:12px 16px;border-${start}:4px solid #6b7280;background-color:#f3f4f6;white-space:pre-wrap;" dir="auto">${e(m.quote)}</blockquote>`;
  return `<!DOCTYPE html>
<html lang="${e(m.lang)}" dir="${m.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${e(m.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#eef0f3;">
<div role="article" aria-roledescription="email" aria-label="${e(m.subject)}" lang="${e(m.lang)}" dir="${m.dir}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef0f3;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:6px;">
<tr><td style="padding:28px;font-family:${FONT};font-size:16px;line-height:1.5;color:#1f2328;text-align:${start};">
<p style="margin:0 0 8px;font-size:14px;color:#4b5563;">${e(m.brand)}</p>
<h1 style="margin:0 0 20px;font-size:22px;line-height:1.3;color:#111827;">${e(m.title)}</h1>
${facts}
<p style="${P}">${e(m.greeting)}</p>
${paragraphs(m.intro)}
${quote}
${paragraphs(m.outro)}
<p style="margin:24px 0;"><a href="${href}" style="display:inline-block;padding:12px 20px;background-color:#0b4f9c;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;">${e(m.action)}</a></p>
<p style="${P}font-size:14px;color:#4b5563;">${e(m.linkFallback)}<br>${address}</p>
<hr style="border:none;border-top:1px solid #d1d5db;margin:24px 0 16px;">
<p style="margin:0;font-size:13px;color:#4b5563;">${e(m.footer)}</p>
</td></tr>
</table>
</td></tr>
</table>
</div>
</body>
</html>
`;
}

/** The plain-text part: the same words, the address written out, someone's words quoted with "> ". */
export function mailText(m: MailLayout): string {
  const blocks = [
    m.brand,
    m.title,
    ...(m.facts.length ? [m.facts.map(([label, value]) => `${label}${m.separator}${value}`).join('\n')] : []),
    m.greeting,
    ...m.intro,
    ...(m.quote === undefined
      ? []
      : [
          m.quote
            .split(/\r?\n/)
            .map((line) => `> ${line}`)
            .join('\n'),
        ]),
    ...m.outro,
    `${m.action}:\n${m.link}`,
    `-- \n${m.footer}`,
  ];
  return `${blocks.join('\n\n')}\n`;
}
