import { describe, expect, it } from 'vitest';
import { LOCALES } from '@gci/shared';
import type { MailContent } from './mail-kinds.ts';
import { MAIL_KINDS, renderMail } from './render-mail.ts';

const country = { en: 'Kenya', fr: 'Kenya', es: 'Kenia', ar: 'كينيا', zh: '肯尼亚', ru: 'Кения' };
const facts = { country, cycleName: 'GCI 2026', link: 'https://gci.example.org/assessments/1' };
const at = new Date('2026-12-09T15:00:00Z');

/** One message of every kind, with parameters that exercise its branches. */
const SAMPLES: Record<MailContent['kind'], MailContent> = {
  invitation: { kind: 'invitation', params: { link: 'https://gci.example.org/i/t', expiresAt: at, invitedBy: 'Ana' } },
  password_reset: { kind: 'password_reset', params: { link: 'https://gci.example.org/r/t', expiresAt: at } },
  assessment_submitted: { kind: 'assessment_submitted', params: facts },
  assessment_resubmitted: { kind: 'assessment_resubmitted', params: facts },
  submission_receipt: { kind: 'submission_receipt', params: { ...facts, submittedAt: at, resubmission: true } },
  review_started: { kind: 'review_started', params: facts },
  assessment_returned: { kind: 'assessment_returned', params: { ...facts, comment: 'See <b>2.1</b> & "3"', questionCount: 2 } },
  assessment_validated: { kind: 'assessment_validated', params: facts },
  result_accepted: { kind: 'result_accepted', params: facts },
  result_disputed: { kind: 'result_disputed', params: { ...facts, comment: 'Our CIRT has 12 staff' } },
  result_final: { kind: 'result_final', params: facts },
  new_comment: { kind: 'new_comment', params: { ...facts, questionKey: 'legal.law', from: 'country_team' } },
  answer_corrected: { kind: 'answer_corrected', params: { ...facts, questionKey: 'legal.law', reason: 'Per the 2026 report' } },
  deadline_reminder: {
    kind: 'deadline_reminder',
    params: { cycleName: 'GCI 2026', closesAt: at, daysLeft: 14, link: 'https://gci.example.org/assessments/1' },
  },
  results_published: { kind: 'results_published', params: { cycleName: 'GCI 2026', country, link: 'https://gci.example.org/cycles/2026/countries/KEN' } },
  assistance_update: {
    kind: 'assistance_update',
    params: { country, indicator: 'legal.laws', status: 'in_discussion', comment: 'Next week', link: 'https://gci.example.org/planner/KEN' },
  },
};

describe(renderMail.name, () => {
  it.each(LOCALES.flatMap((locale) => MAIL_KINDS.map((kind) => [kind, locale] as const)))('renders %s in %s', (kind, locale) => {
    const mail = renderMail(SAMPLES[kind], locale, 'Amina');
    expect(mail.subject.length).toBeGreaterThan(3);
    expect(mail.text).toContain(SAMPLES[kind].params.link);
    expect(mail.html).toContain(`href="${SAMPLES[kind].params.link}"`);
    expect(mail.html).toContain(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`);
    // no placeholder left, no English leaking into another language's subject
    expect(mail.text).not.toMatch(/\{n\}|undefined|null|\[object/);
    if (locale !== 'en') expect(mail.subject).not.toBe(renderMail(SAMPLES[kind], 'en', 'Amina').subject);
  });

  it('escapes what people wrote in the HTML, and quotes it as written in the text', () => {
    const mail = renderMail(SAMPLES.assessment_returned, 'en', '<Amina>');
    expect(mail.html).toContain('See &lt;b&gt;2.1&lt;/b&gt; &amp; &quot;3&quot;');
    expect(mail.html).toContain('Hello &lt;Amina&gt;,');
    expect(mail.html).not.toContain('<b>2.1</b>');
    expect(mail.text).toContain('> See <b>2.1</b> & "3"');
    expect(mail.text).toContain('2 questions need your attention.');
  });

  it('follows each language’s plural rules', () => {
    const days = (daysLeft: number, locale: (typeof LOCALES)[number]) =>
      renderMail({ kind: 'deadline_reminder', params: { ...SAMPLES.deadline_reminder.params, daysLeft } as never }, locale, null).subject;
    expect([1, 2, 5, 21].map((n) => days(n, 'ru'))).toEqual([
      'До окончания приёма анкет остался 1 день — GCI 2026',
      'До окончания приёма анкет осталось 2 дня — GCI 2026',
      'До окончания приёма анкет осталось 5 дней — GCI 2026',
      'До окончания приёма анкет остался 21 день — GCI 2026',
    ]);
    expect([1, 2, 3, 11].map((n) => days(n, 'ar'))).toEqual([
      'بقي يوم واحد لتقديم الاستبيان — GCI 2026',
      'بقي يومان لتقديم الاستبيان — GCI 2026',
      'بقيت 3 أيام لتقديم الاستبيان — GCI 2026',
      'بقي 11 يومًا لتقديم الاستبيان — GCI 2026',
    ]);
    expect(days(0, 'en')).toBe('Last day to submit the questionnaire — GCI 2026');
    expect(days(1, 'en')).toBe('1 day left to submit — GCI 2026');
  });

  it('refuses a link that is not an absolute address', () => {
    expect(() => renderMail({ kind: 'review_started', params: { ...facts, link: '/assessments/1' } }, 'en', null)).toThrow(/absolute/);
  });
});
