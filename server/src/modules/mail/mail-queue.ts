import type { Locale } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import { insertOutboxMessages } from './mail-outbox.repository.ts';
import type { AccountMailKind, MailContent } from './templates/mail-kinds.ts';
import { renderMail, type RenderedMail } from './templates/render-mail.ts';

/** Who a message goes to: the address, the language it is written in (users.locale), the name it greets. */
export interface MailRecipient {
  email: string;
  locale: Locale;
  name: string | null;
}

/**
 * Renders each message in its recipient's language and queues it in the outbox, in the caller's
 * transaction (a worker sends it after the commit; nothing is sent for a rolled-back action).
 * Every `params.link` must be absolute. Returns what was rendered, in order.
 */
export async function queueMail(db: Executor, messages: readonly { to: MailRecipient; content: MailContent }[], at: Date): Promise<RenderedMail[]> {
  const rendered = messages.map(({ to, content }) => renderMail(content, to.locale, to.name));
  await insertOutboxMessages(
    db,
    messages.map(({ to, content }, i) => ({
      toEmail: to.email,
      kind: content.kind,
      locale: to.locale,
      subject: rendered[i]!.subject,
      body: rendered[i]!.text,
      html: rendered[i]!.html,
    })),
    at,
  );
  return rendered;
}

/** An invitation or a password reset: mail about an account, with its one-time link. */
export interface AccountMail {
  to: MailRecipient;
  kind: AccountMailKind;
  /** the one-time link, absolute (RoomDeps.publicUrl + the path with the token) */
  link: string;
  expiresAt: Date;
  /** invitations: the name of the person who invited, said in the message */
  invitedBy?: string | null;
}

/**
 * Queues an invitation or a password-reset message in the recipient's language, in the caller's
 * transaction (`trx`: the one that creates the token, so a rolled-back invitation sends nothing).
 * No in-app notice goes with it. Allowed on public routes too (a reset asked for without a
 * session): the row-level security lets the public role queue these two kinds and nothing else.
 * Once sent, the message's text and HTML are dropped from the outbox (they hold the link).
 *
 * ```ts
 * await queueAccountMail(trx, { to: { email, locale, name }, kind: 'invitation', link: `${publicUrl}/invitations/${token}`, expiresAt, invitedBy: auth.user.name }, now());
 * ```
 */
export async function queueAccountMail(trx: Executor, mail: AccountMail, at: Date): Promise<void> {
  const content: MailContent =
    mail.kind === 'invitation'
      ? { kind: 'invitation', params: { link: mail.link, expiresAt: mail.expiresAt, invitedBy: mail.invitedBy ?? null } }
      : { kind: 'password_reset', params: { link: mail.link, expiresAt: mail.expiresAt } };
  await queueMail(trx, [{ to: mail.to, content }], at);
}
