import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Locale } from '@gci/shared';
import { createTestDb } from '../../../test/test-db.ts';
import { HOURS, SECONDS, testClock } from '../../../test/clock.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/smtp-test-server.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { MAILER_ROWS, PUBLIC_ROWS, runWithRowScope } from '../../db/row-scope.ts';
import { deliverDueMail, LEASE_MS, type DeliveryOptions } from './mail-delivery.ts';
import { claimNextMail } from './mail-outbox.repository.ts';
import { queueAccountMail, queueMail } from './mail-queue.ts';
import { createMailSender, type MailSender } from './mail-transport.ts';
import { startMailWorker } from './mail-worker.ts';

const FROM = 'GCI test <gci@mail.test>';
const quiet = { info: () => undefined, warn: () => undefined };

describe(deliverDueMail.name, () => {
  let handle: DatabaseHandle;
  let smtp: TestSmtpServer;
  let sender: MailSender;
  const clock = testClock();
  const deliver = (options: DeliveryOptions = {}) => deliverDueMail(handle.appDb, sender.send, { now: clock.now, ...options });
  const outboxRow = (id: string) => handle.db.selectFrom('mailOutbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  /** Queues a password reset (the simplest message) and returns its outbox id. */
  async function queueReset(email = `someone.${randomUUID().slice(0, 8)}@example.org`, locale: Locale = 'en'): Promise<string> {
    await queueAccountMail(
      handle.db,
      {
        to: { email, locale, name: 'Wanjiru' },
        kind: 'password_reset',
        link: `https://gci.example.org/reset/${randomUUID()}`,
        expiresAt: new Date('2031-03-04T09:00:00Z'),
      },
      clock.now(),
    );
    const row = await handle.db.selectFrom('mailOutbox').select('id').where('toEmail', '=', email).executeTakeFirstOrThrow();
    return row.id;
  }

  beforeAll(async () => {
    handle = await createTestDb();
    smtp = await startTestSmtpServer();
    sender = createMailSender({ from: FROM, transport: { kind: 'smtp', url: smtp.url, tlsVerify: false, requireTls: false }, worker: false }, quiet);
  });
  afterAll(async () => {
    sender.close();
    await smtp.close();
    await handle.close();
  });
  beforeEach(async () => {
    await handle.db.deleteFrom('mailOutbox').execute();
    smtp.received.length = 0;
  });

  it('sends a message over SMTP as text and HTML, its outbox id as Message-ID, and forgets the one-time link once sent', async () => {
    await queueAccountMail(
      handle.db,
      {
        to: { email: 'new.focal@example.org', locale: 'en', name: 'Wanjiru' },
        kind: 'invitation',
        link: 'https://gci.example.org/invitations/t0k3n',
        expiresAt: new Date('2031-03-06T09:00:00Z'),
        invitedBy: 'Ana <Admin> & Co',
      },
      clock.now(),
    );
    expect(await deliver()).toEqual({ sent: 1, retried: 0, dead: [] });
    const [mail] = await smtp.waitFor(1);
    const row = await handle.db.selectFrom('mailOutbox').selectAll().executeTakeFirstOrThrow();
    expect(mail!.to).toEqual(['new.focal@example.org']);
    expect(mail!.parsed.messageId).toBe(`<${row.id}@mail.test>`);
    expect(mail!.parsed.subject).toBe('Your invitation to the GCI platform');
    expect(mail!.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail!.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail!.parsed.text).toContain('Hello Wanjiru,');
    expect(mail!.parsed.text).toContain('Ana <Admin> & Co has invited you');
    expect(mail!.parsed.text).toContain('https://gci.example.org/invitations/t0k3n');
    expect(mail!.parsed.text).toContain('March 6, 2031 at 9:00 AM UTC');
    // the HTML escapes what people wrote, and links to the same address
    expect(mail!.parsed.html).toContain('Ana &lt;Admin&gt; &amp; Co has invited you');
    expect(mail!.parsed.html).toContain('<a href="https://gci.example.org/invitations/t0k3n"');
    expect(mail!.parsed.html).toMatch(/<html lang="en" dir="ltr">/);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, body: null, html: null, leaseToken: null, lastError: null });
    expect(row.subject).toBe('Your invitation to the GCI platform');
  });

  it("writes each message in its recipient's language, Arabic right to left", async () => {
    await queueReset('arabic@example.org', 'ar');
    await queueReset('chinese@example.org', 'zh');
    await queueReset('french@example.org', 'fr');
    expect((await deliver()).sent).toBe(3);
    const by = (to: string) => smtp.received.find((m) => m.to[0] === to)!.parsed;
    expect(by('arabic@example.org').subject).toBe('إعادة تعيين كلمة المرور');
    expect(by('arabic@example.org').html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(by('arabic@example.org').text).toContain('مرحبًا Wanjiru،');
    expect(by('chinese@example.org').subject).toBe('重置密码');
    expect(by('chinese@example.org').text).toContain('Wanjiru，您好：');
    expect(by('french@example.org').subject).toBe('Réinitialisation de votre mot de passe');
    expect(by('french@example.org').text).toContain('jusqu’au 4 mars 2031 à 09:00 UTC');
  });

  it('tries again with exponential backoff while the server answers 451, then delivers once', async () => {
    const id = await queueReset();
    smtp.refuseNext(2, 451);
    expect(await deliver()).toEqual({ sent: 0, retried: 1, dead: [] });
    const first = await outboxRow(id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1, leaseToken: null });
    expect(first.lastError).toMatch(/451/);
    expect(new Date(first.nextAttemptAt).getTime() - clock.now().getTime()).toBe(60 * SECONDS);

    // not due yet: nothing happens
    expect(await deliver()).toEqual({ sent: 0, retried: 0, dead: [] });
    clock.advance(60 * SECONDS);
    expect((await deliver()).retried).toBe(1);
    expect(new Date((await outboxRow(id)).nextAttemptAt).getTime() - clock.now().getTime()).toBe(120 * SECONDS);
    clock.advance(120 * SECONDS);
    expect((await deliver()).sent).toBe(1);

    expect(smtp.received).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up after the last attempt: the message is dead, with the last error', async () => {
    const id = await queueReset();
    smtp.refuseNext(3, 451);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await deliver({ maxAttempts: 3 });
      clock.advance(4 * HOURS);
    }
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: 'dead', attempts: 3, leaseToken: null });
    expect(row.deadAt).not.toBeNull();
    expect(row.lastError).toMatch(/451/);
    // the parts stay, for an administrator to send it again
    expect(row.body).toContain('https://gci.example.org/reset/');
    expect(await deliver({ maxAttempts: 3 })).toEqual({ sent: 0, retried: 0, dead: [] });
    expect(smtp.received).toHaveLength(0);
  });

  it('gives up at once when the server refuses for good (550: no such mailbox)', async () => {
    smtp.unknownMailbox('gone@example.org');
    const id = await queueReset('gone@example.org');
    const report = await deliver();
    expect(report.dead).toEqual([expect.objectContaining({ id, to: 'gone@example.org' })]);
    expect(await outboxRow(id)).toMatchObject({ status: 'dead', attempts: 1 });
  });

  it('sends each message once when two workers race for the outbox', async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, () => queueReset()));
    const [a, b] = await Promise.all([deliver({ concurrency: 3 }), deliver({ concurrency: 3 })]);
    expect(a.sent + b.sent).toBe(12);
    await smtp.waitFor(12);
    const messageIds = smtp.received.map((m) => m.parsed.messageId);
    expect(new Set(messageIds).size).toBe(12);
    expect(messageIds.sort()).toEqual(ids.map((id) => `<${id}@mail.test>`).sort());
    const rows = await handle.db.selectFrom('mailOutbox').select(['status', 'attempts']).execute();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('takes over a message once the lease of a worker that stopped mid-send runs out, with the same Message-ID', async () => {
    const id = await queueReset();
    // a worker claims the message, then dies before sending or recording anything
    const claimed = await runWithRowScope(MAILER_ROWS, () =>
      claimNextMail(handle.appDb, { now: clock.now(), leaseUntil: new Date(clock.now().getTime() + LEASE_MS), token: randomUUID(), maxAttempts: 8 }),
    );
    expect(claimed?.id).toBe(id);
    expect(await deliver()).toEqual({ sent: 0, retried: 0, dead: [] });
    clock.advance(LEASE_MS + SECONDS);
    expect((await deliver()).sent).toBe(1);
    expect((await smtp.waitFor(1))[0]!.parsed.messageId).toBe(`<${id}@mail.test>`);
    expect(await outboxRow(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sees the outbox and nothing else under the mail worker scope', async () => {
    await queueReset();
    const seen = await runWithRowScope(MAILER_ROWS, async () => ({
      outbox: (await handle.appDb.selectFrom('mailOutbox').select('id').execute()).length,
      notifications: (await handle.appDb.selectFrom('notifications').select('id').execute()).length,
      audit: (await handle.appDb.selectFrom('auditLog').select('id').execute()).length,
    }));
    expect(seen).toEqual({ outbox: 1, notifications: 0, audit: 0 });
  });

  it('lets a public route (a reset asked without a session) queue account mail, and nothing else', async () => {
    const to = { email: 'forgetful@example.org', locale: 'en' as const, name: null };
    await runWithRowScope(PUBLIC_ROWS, () =>
      queueAccountMail(handle.appDb, { to, kind: 'password_reset', link: 'https://gci.example.org/reset/x', expiresAt: clock.now() }, clock.now()),
    );
    const notice = { kind: 'review_started' as const, params: { country: { en: 'Kenya' }, cycleName: 'GCI 2031', link: 'https://gci.example.org/a' } };
    await expect(runWithRowScope(PUBLIC_ROWS, () => queueMail(handle.appDb, [{ to, content: notice }], clock.now()))).rejects.toThrow(/row-level security/);
    expect(await handle.db.selectFrom('mailOutbox').select('kind').execute()).toEqual([{ kind: 'password_reset' }]);
  });

  it('writes each message as an .eml file without SMTP, and logs the file and the links in it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gci-mail-'));
    const lines: string[] = [];
    const files = createMailSender(
      { from: FROM, transport: { kind: 'files', dir }, worker: false },
      { info: (l) => lines.push(l), warn: (l) => lines.push(l) },
    );
    try {
      const id = await queueReset('newcomer@example.org', 'es');
      expect((await deliverDueMail(handle.appDb, files.send, { now: clock.now })).sent).toBe(1);
      const [name] = await readdir(dir);
      // named by when it was queued, then its id: the files sort in order, and sending again rewrites the same one
      expect(name).toBe(`${new Date((await outboxRow(id)).createdAt).toISOString().replaceAll(':', '-')}-${id}.eml`);
      const parsed = await simpleParser(await readFile(path.join(dir, name!)));
      expect(parsed.subject).toBe('Restablecimiento de su contraseña');
      expect(parsed.messageId).toBe(`<${id}@mail.test>`);
      expect(parsed.text).toContain('Hola, Wanjiru:');
      expect(parsed.html).toContain('<html lang="es" dir="ltr">');
      const link = /https:\/\/gci\.example\.org\/reset\/[0-9a-f-]+/.exec(parsed.text ?? '')![0];
      expect(lines).toEqual([`Mail to newcomer@example.org ("Restablecimiento de su contraseña") written to ${path.join(dir, name!)}; links: ${link}`]);
      expect(await outboxRow(id)).toMatchObject({ status: 'sent' });
    } finally {
      files.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs as a loop that delivers without being asked, and stops', async () => {
    const worker = startMailWorker({ db: handle.appDb, send: sender.send, log: quiet, intervalMs: 50, now: clock.now });
    try {
      await queueReset();
      await smtp.waitFor(1);
    } finally {
      await worker.stop();
    }
    await queueReset();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received).toHaveLength(1);
  });
});
