import { randomUUID } from 'node:crypto';
import type { Locale } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import { MAILER_ROWS, runWithRowScope } from '../../db/row-scope.ts';
import { buryAbandonedMail, claimNextMail, markMailFailed, markMailSent } from './mail-outbox.repository.ts';
import { isAccountMailKind } from './templates/mail-kinds.ts';

/** One message as a transport sends it. */
export interface OutgoingMail {
  /** the outbox id: also the Message-ID, so a relay that sees the same message twice can drop the copy */
  id: string;
  to: string;
  subject: string;
  text: string;
  /** null for messages queued before there were templates */
  html: string | null;
  locale: Locale;
  createdAt: Date;
}

/** Delivers one message, or throws (SMTP's `responseCode` tells a refusal for good from a failure worth retrying). */
export type SendMail = (mail: OutgoingMail) => Promise<void>;

export interface DeliveryOptions {
  /** attempts before a message is dead (a claim counts one, even if its worker dies) */
  maxAttempts?: number;
  /** how long a worker may take to send one message before another may try it; longer than any SMTP timeout */
  leaseMs?: number;
  /** the wait before attempt n + 1, after n attempts */
  backoffMs?: (attempts: number) => number;
  /** messages at most in one run */
  limit?: number;
  /** parallel lanes (each claims one message at a time) */
  concurrency?: number;
  now?: () => Date;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  dead: { id: string; to: string; error: string }[];
}

export const MAX_ATTEMPTS = 8;
export const LEASE_MS = 10 * 60_000;
/** 1 min, 2, 4, … capped at 4 h: eight attempts span about two hours. */
export const exponentialBackoff = (attempts: number): number => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 4 * 3_600_000);

/** SMTP said no for good about this message (an unknown mailbox, content refused); anything else may work later. */
export function isPermanentFailure(error: unknown): boolean {
  const { responseCode, command } = (error ?? {}) as { responseCode?: unknown; command?: unknown };
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && (command === 'RCPT TO' || command === 'DATA');
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Sends what is due in the outbox, each message at most once at a time: a worker takes a message's
 * lease (a short statement of its own), sends it with no transaction open, then records the outcome
 * only if the lease is still its own. A failure is retried with exponential backoff, up to
 * `maxAttempts`, then the message is dead (listed for administrators, who can send it again). A
 * worker that dies mid-send leaves its lease to run out; the message is then tried again with the
 * same Message-ID, the one case where a copy can reach a relay (which can drop it by that id).
 * Runs as the mail worker's row scope: it sees the outbox and nothing else.
 */
export function deliverDueMail(db: Executor, send: SendMail, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const { maxAttempts = MAX_ATTEMPTS, leaseMs = LEASE_MS, backoffMs = exponentialBackoff, limit = 50, concurrency = 2, now = () => new Date() } = options;
  const report: DeliveryReport = { sent: 0, retried: 0, dead: [] };
  let budget = limit;

  async function deliverOne(): Promise<boolean> {
    const token = randomUUID();
    const claimedAt = now();
    const mail = await claimNextMail(db, { now: claimedAt, leaseUntil: new Date(claimedAt.getTime() + leaseMs), token, maxAttempts });
    if (!mail) return false;
    try {
      await send({
        id: mail.id,
        to: mail.toEmail,
        subject: mail.subject,
        text: mail.body ?? '',
        html: mail.html,
        locale: mail.locale,
        createdAt: new Date(mail.createdAt),
      });
    } catch (error) {
      const last = mail.attempts >= maxAttempts || isPermanentFailure(error);
      const at = now();
      await markMailFailed(db, { id: mail.id, token, at, error: describe(error), retryAt: last ? null : new Date(at.getTime() + backoffMs(mail.attempts)) });
      if (last) report.dead.push({ id: mail.id, to: mail.toEmail, error: describe(error) });
      else report.retried++;
      return true;
    }
    await markMailSent(db, { id: mail.id, token, at: now(), dropParts: isAccountMailKind(mail.kind) });
    report.sent++;
    return true;
  }

  async function lane(): Promise<void> {
    while (budget > 0) {
      budget--;
      if (!(await deliverOne())) return;
    }
  }

  return runWithRowScope(MAILER_ROWS, async () => {
    await buryAbandonedMail(db, { now: now(), maxAttempts });
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
    return report;
  });
}
