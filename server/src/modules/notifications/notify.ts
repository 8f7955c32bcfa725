import type { Executor } from '../../db/database.ts';
import { queueMail, type MailRecipient } from '../mail/mail-queue.ts';
import type { MailParams, NoticeKind } from '../mail/templates/mail-kinds.ts';
import { insertNotifications } from './notifications.repository.ts';

/** Someone to notify: a user, with the language their notices and mail are written in. */
export interface Recipient extends MailRecipient {
  id: string;
}

/**
 * What happened, as a kind with its parameters (see mail/templates/mail-kinds.ts); the words come
 * from the templates, in each recipient's language. `params.link` is a path in the platform
 * (`/assessments/…`): the notice links to it, the mail to the same page at the public address.
 */
export type Notice = { [K in NoticeKind]: { kind: K; params: MailParams[K]; assessmentId?: string | null } }[NoticeKind];

/**
 * The kind stored with an in-app notice: the names the web app labels (notification-list.tsx),
 * kept from before notices had templates.
 */
const IN_APP_KIND: Record<NoticeKind, string> = {
  assessment_submitted: 'assessment.submit',
  assessment_resubmitted: 'assessment.resubmit',
  submission_receipt: 'assessment.receipt',
  review_started: 'assessment.start_review',
  assessment_returned: 'assessment.return',
  assessment_validated: 'assessment.validate',
  result_accepted: 'assessment.accept',
  result_disputed: 'assessment.dispute',
  result_final: 'assessment.finalize',
  new_comment: 'comment',
  answer_corrected: 'answer.corrected',
  deadline_reminder: 'cycle.deadline',
  results_published: 'cycle.published',
  assistance_update: 'assistance.update',
};

/** Joins the platform's public address and a path (the address may itself have a path: https://example.org/gci). */
export const absoluteLink = (publicUrl: string, link: string): string => (/^https?:\/\//.test(link) ? link : `${publicUrl.replace(/\/+$/, '')}${link}`);

/**
 * Notifies users: an in-app notice and a mail for each (once per user), both written in the
 * user's language, in the caller's transaction. Mail is only queued here; the mail worker sends it.
 * Built once with the platform's public address (RoomDeps.publicUrl), for the links in mail.
 */
export function createNotifier({ publicUrl }: { publicUrl: string }) {
  return {
    async notify(trx: Executor, recipients: readonly Recipient[], notice: Notice, at: Date): Promise<void> {
      const unique = [...new Map(recipients.map((r) => [r.id, r])).values()];
      if (unique.length === 0) return;
      const content = { kind: notice.kind, params: { ...notice.params, link: absoluteLink(publicUrl, notice.params.link) } } as Notice;
      const rendered = await queueMail(
        trx,
        unique.map((to) => ({ to, content })),
        at,
      );
      await insertNotifications(
        trx,
        unique.map((r, i) => ({
          userId: r.id,
          kind: IN_APP_KIND[notice.kind],
          title: rendered[i]!.subject,
          link: notice.params.link,
          assessmentId: notice.assessmentId ?? null,
        })),
        at,
      );
    },
  };
}
export type Notifier = ReturnType<typeof createNotifier>;
