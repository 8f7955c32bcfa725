import type { AccountMail } from '../auth/account-links.ts';
import type { Executor } from '../../db/database.ts';
import { queueMail } from './mail-outbox.repository.ts';

/** Queues an invitation or a password-reset mail in the caller's transaction. */
export async function queueAccountMail(db: Executor, mail: AccountMail, at: Date): Promise<void> {
  const until = mail.link.expiresAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const message =
    mail.kind === 'invitation'
      ? {
          subject: '[GCI] You are invited to the Global Cybersecurity Index platform',
          body: `Hello ${mail.to.name},\n\n${mail.invitedBy ? `${mail.invitedBy} has invited you` : 'You are invited'} to the GCI assessment platform. Choose your password here (the link works once, until ${until}):\n\n${mail.link.url}\n`,
        }
      : {
          subject: '[GCI] Reset your password',
          body: `Hello ${mail.to.name},\n\nSomeone asked to reset the password of your GCI platform account. If it was you, choose a new password here (the link works once, until ${until}):\n\n${mail.link.url}\n\nIf it was not you, ignore this message: your password stays as it is.\n`,
        };
  await queueMail(db, [{ toEmail: mail.to.email, ...message }], at);
}
