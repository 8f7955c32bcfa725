import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailPageSchema } from '@gci/shared';
import { startTestSmtpServer, type TestSmtpServer } from '../../server/test/smtp-test-server.ts';
import { severeViolations } from './support/accessibility.ts';
import { ADMIN, KEN, REVIEWER } from './support/accounts.ts';
import type { ApiUser } from './support/api-user.ts';
import { hasChromium, launchBrowser } from './support/browser.ts';
import { signIn } from './support/sign-in.ts';
import { startServer, type RunningServer } from './support/start-server.ts';

const NOBODY = 'nobody.ken@example.org';

/** Polls `read` until `done` says yes (the server's mail worker runs every 5 s). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not there after ${timeoutMs / 1000} s: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe.skipIf(!hasChromium)('outgoing mail for administrators', () => {
  let smtp: TestSmtpServer;
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiUser;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    smtp.unknownMailbox(NOBODY);
    server = await startServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'GCI e2e <gci@mail.test>' } });
    browser = await launchBrowser();
    admin = await signIn(server, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });

  it('lists a message the mail server refused, sends it again from the page, and shows it sent', async () => {
    // A Kenyan focal point whose mailbox the server does not know, and a reviewer's comment that tells the whole team.
    const created = await admin.request('POST', '/api/users', { email: NOBODY, name: 'Nobody', role: 'focal_point', country: 'KEN' });
    expect(created.status).toBe(201);
    const kenya = (await (await signIn(server, KEN)).openAssessment(2026)).id;
    const reviewer = await signIn(server, REVIEWER);
    expect((await reviewer.request('POST', `/api/assessments/${kenya}/threads`, { questionKey: null, body: 'Please check the totals.' })).status).toBe(201);
    await smtp.waitFor(2, 30_000);
    const dead = await eventually(
      async () => MailPageSchema.parse((await admin.request('GET', '/api/admin/mail?status=dead')).json),
      (page) => page.total === 1,
    );
    const message = dead.messages[0]!;
    expect(message).toMatchObject({ to: NOBODY, kind: 'new_comment', status: 'dead', attempts: 1 });

    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await signIn(server, ADMIN, { page });
      await page.goto(`${server.url}/`);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Mail' }).click();
      await page.waitForURL(`${server.url}/admin/mail`);
      const row = page.locator(`tr[data-mail-id="${message.id}"]`);
      await row.waitFor();
      expect(await row.getAttribute('data-status')).toBe('dead');
      expect(await row.innerText()).toContain('New comment from a reviewer — Kenya');
      expect(await row.innerText()).toContain('No such mailbox here');
      expect(await page.getByRole('link', { name: 'Not delivered' }).getAttribute('aria-current')).toBe('page');
      expect(await severeViolations(page)).toEqual([]);

      // The mailbox exists now: send it again.
      smtp.acceptMailbox(NOBODY);
      await row.getByRole('button', { name: `Send again to ${NOBODY}` }).click();
      await page.getByTestId('mail-outcome').getByText(`The message to ${NOBODY} is back in the queue`).waitFor();
      await row.waitFor({ state: 'detached' });
      await page.getByText('Every message was delivered, or is still being tried.').waitFor();

      const received = await smtp.waitFor(3, 30_000);
      const resent = received.find((m) => m.to.includes(NOBODY))!;
      expect(resent.parsed.messageId).toBe(`<${message.id}@mail.test>`);
      expect(resent.parsed.subject).toBe(message.subject);

      await eventually(
        async () => MailPageSchema.parse((await admin.request('GET', '/api/admin/mail?status=sent')).json),
        (sent) => sent.messages.some((m) => m.id === message.id),
      );
      await page.getByRole('link', { name: 'Sent' }).click();
      await page.waitForURL(`${server.url}/admin/mail?status=sent`);
      const sentRow = page.locator(`tr[data-mail-id="${message.id}"]`);
      await sentRow.waitFor();
      expect(await sentRow.getAttribute('data-status')).toBe('sent');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
