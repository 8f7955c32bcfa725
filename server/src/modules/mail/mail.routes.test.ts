import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createTestDb } from '../../../test/test-db.ts';
import { buildTestApp } from '../../../test/build-test-app.ts';
import { MINUTES, testClock } from '../../../test/clock.ts';
import { createCountry, createUser, signIn, type Session } from '../../../test/factories.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/smtp-test-server.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import type { MailStatus } from '../../db/tables.ts';
import { deliverDueMail } from './mail-delivery.ts';
import { queueAccountMail } from './mail-queue.ts';
import { createMailSender } from './mail-transport.ts';

describe('the mail outbox for administrators', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  const clock = testClock();
  let admin: Session;
  let others: Record<'analyst' | 'reviewer' | 'focal point', Session>;
  const list = (query: string, session: Session | null = admin) =>
    app.inject({ method: 'GET', url: `/api/admin/mail${query}`, headers: session?.headers ?? {} });
  const resend = (id: string, session: Session | null = admin) =>
    app.inject({ method: 'POST', url: `/api/admin/mail/${id}/resend`, headers: session?.headers ?? {} });

  /** A password reset to `email`, put in `status` directly (the delivery tests make states the real way). */
  async function message(email: string, status: MailStatus): Promise<string> {
    await queueAccountMail(
      handle.db,
      { to: { email, locale: 'fr', name: null }, kind: 'password_reset', link: `https://gci.example.org/reset/${randomUUID()}`, expiresAt: clock.now() },
      clock.now(),
    );
    clock.advance(MINUTES);
    const at = clock.now();
    const { id } = await handle.db
      .updateTable('mailOutbox')
      .set({
        status,
        attempts: status === 'pending' ? 0 : 8,
        ...(status === 'dead' ? { deadAt: at, lastError: '451 Try again later' } : {}),
        ...(status === 'sent' ? { sentAt: at } : {}),
        ...(status === 'sending' ? { leaseUntil: at, leaseToken: randomUUID() } : {}),
      })
      .where('toEmail', '=', email)
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  beforeAll(async () => {
    handle = await createTestDb();
    app = await buildTestApp(handle, { now: clock.now });
    smtp = await startTestSmtpServer();
    await createCountry(handle.db, 'KEN');
    admin = await signIn(app, await createUser(handle.db, 'admin'), clock.now());
    others = {
      analyst: await signIn(app, await createUser(handle.db, 'analyst'), clock.now()),
      reviewer: await signIn(app, await createUser(handle.db, 'reviewer'), clock.now()),
      'focal point': await signIn(app, await createUser(handle.db, 'focal_point', 'KEN'), clock.now()),
    };
  });
  afterAll(async () => {
    await smtp.close();
    await app.close();
    await handle.close();
  });
  beforeEach(() => handle.db.deleteFrom('mailOutbox').execute());

  it('lists dead letters by default, newest first, a page at a time, never with their text', async () => {
    const dead = [await message('a@example.org', 'dead'), await message('b@example.org', 'dead'), await message('c@example.org', 'dead')];
    await message('queued@example.org', 'pending');
    await message('done@example.org', 'sent');

    const first = await list('?pageSize=2');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.json().messages.map((m: { id: string }) => m.id)).toEqual([dead[2], dead[1]]);
    expect(first.json().messages[0]).toMatchObject({
      to: 'c@example.org',
      kind: 'password_reset',
      locale: 'fr',
      status: 'dead',
      attempts: 8,
      lastError: '451 Try again later',
      subject: 'Réinitialisation de votre mot de passe',
      nextAttemptAt: null,
    });
    expect(first.body).not.toContain('https://gci.example.org/reset/');
    const second = await list('?status=dead&page=2&pageSize=2');
    expect(second.json().messages.map((m: { id: string }) => m.id)).toEqual([dead[0]]);
  });

  it('lists the queue (waiting and being sent) and what was sent', async () => {
    const waiting = await message('waiting@example.org', 'pending');
    const sending = await message('sending@example.org', 'sending');
    const sent = await message('sent@example.org', 'sent');
    const queue = (await list('?status=pending')).json();
    expect(queue.messages.map((m: { id: string; status: string }) => [m.id, m.status])).toEqual([
      [sending, 'sending'],
      [waiting, 'pending'],
    ]);
    expect(queue.messages[1].nextAttemptAt).not.toBeNull();
    expect((await list('?status=sent')).json().messages).toEqual([expect.objectContaining({ id: sent, status: 'sent', sentAt: expect.any(String) })]);
    expect((await list('?status=lost')).statusCode).toBe(400);
  });

  it('sends a dead letter again: queued with fresh attempts, audited, then delivered', async () => {
    const id = await message('retry@example.org', 'dead');
    const res = await resend(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().message).toMatchObject({ id, status: 'pending', attempts: 0, deadAt: null });
    const audit = await handle.db.selectFrom('auditLog').selectAll().where('action', '=', 'mail.resent').where('entityId', '=', id).execute();
    expect(audit).toHaveLength(1);

    const sender = createMailSender(
      { from: 'GCI <gci@mail.test>', transport: { kind: 'smtp', url: smtp.url, tlsVerify: false, requireTls: false }, worker: false },
      { info: () => undefined, warn: () => undefined },
    );
    try {
      expect((await deliverDueMail(handle.appDb, sender.send, { now: clock.now })).sent).toBe(1);
    } finally {
      sender.close();
    }
    expect((await smtp.waitFor(1))[0]!.parsed.messageId).toBe(`<${id}@mail.test>`);
    expect((await resend(id)).statusCode).toBe(409);
  });

  it('answers 404 for a message that does not exist and 409 for one that is not dead', async () => {
    expect((await resend(randomUUID())).statusCode).toBe(404);
    const queued = await message('queued@example.org', 'pending');
    const res = await resend(queued);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict', details: { status: 'pending' } });
  });

  it('is for administrators only', async () => {
    const id = await message('x@example.org', 'dead');
    expect((await list('', null)).statusCode).toBe(401);
    expect((await resend(id, null)).statusCode).toBe(401);
    for (const [who, session] of Object.entries(others)) {
      expect((await list('', session)).statusCode, who).toBe(403);
      expect((await resend(id, session)).statusCode, who).toBe(403);
    }
    expect((await handle.db.selectFrom('mailOutbox').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status).toBe('dead');
  });
});
