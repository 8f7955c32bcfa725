import type { LocalizedString } from '@gci/shared';

/** What every notice about a country's assessment names: the subject line and the facts under the text carry them. */
export interface AssessmentFacts {
  /** the country's names by language (countries.names) */
  country: LocalizedString;
  cycleName: string;
  /** where the button leads: a path in the platform (`/assessments/…`) for notices, an absolute address once rendered */
  link: string;
}

/**
 * The parameters of each kind of message. A template exists for every kind in every language
 * (templates/<locale>.ts): a kind added here does not compile until all six have its text.
 */
export interface MailParams {
  /** an account created for someone, with a one-time link to choose a password */
  invitation: { link: string; expiresAt: Date; invitedBy?: string | null };
  password_reset: { link: string; expiresAt: Date };
  /** to reviewers */
  assessment_submitted: AssessmentFacts;
  assessment_resubmitted: AssessmentFacts;
  /** to the country team: their submission arrived */
  submission_receipt: AssessmentFacts & { submittedAt: Date; resubmission: boolean };
  review_started: AssessmentFacts;
  assessment_returned: AssessmentFacts & { comment: string; questionCount: number };
  assessment_validated: AssessmentFacts;
  /** to reviewers */
  result_accepted: AssessmentFacts;
  /** to reviewers */
  result_disputed: AssessmentFacts & { comment: string };
  result_final: AssessmentFacts;
  /** to the other side of a comment thread */
  new_comment: AssessmentFacts & { questionKey: string | null; from: 'reviewer' | 'country_team' };
  answer_corrected: AssessmentFacts & { questionKey: string; reason: string };
  /** to a country team that has not submitted; `daysLeft` 0 is the last day */
  deadline_reminder: { cycleName: string; closesAt: Date; daysLeft: number; link: string };
  /** to a country team, linking to its country's published profile */
  results_published: { cycleName: string; country: LocalizedString; link: string };
  /** to a country team and the staff who handle requests: a request for assistance moved on or was commented on */
  assistance_update: {
    country: LocalizedString;
    indicator: string;
    status: 'requested' | 'in_discussion' | 'planned' | 'delivered' | 'closed';
    comment: string | null;
    link: string;
  };
}
export type MailKind = keyof MailParams;

/** Mail about an account rather than an assessment: no in-app notice goes with it, and its body holds a one-time link. */
export const ACCOUNT_MAIL_KINDS = ['invitation', 'password_reset'] as const satisfies readonly MailKind[];
export type AccountMailKind = (typeof ACCOUNT_MAIL_KINDS)[number];
export const isAccountMailKind = (kind: string): kind is AccountMailKind => (ACCOUNT_MAIL_KINDS as readonly string[]).includes(kind);

/** Kinds that are also in-app notices. */
export type NoticeKind = Exclude<MailKind, AccountMailKind>;

/** One message: a kind with its parameters (a union over the kinds, so each kind's parameters are checked). */
export type MailContent = { [K in MailKind]: { kind: K; params: MailParams[K] } }[MailKind];
