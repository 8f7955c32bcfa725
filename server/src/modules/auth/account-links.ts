import type { Locale } from '@gci/shared';
import type { Executor } from '../../db/database.ts';
import { insertAccountToken, retireAccountTokens, type LinkPurpose } from './account-tokens.repository.ts';
import { hashToken, newToken } from './tokens.ts';

const HOUR_MS = 3_600_000;

/** How long each kind of link works. */
export const LINK_LIFETIME_MS: Readonly<Record<LinkPurpose, number>> = {
  invitation: 72 * HOUR_MS,
  password_reset: HOUR_MS,
  setup: 24 * HOUR_MS,
};

/** The page of the web app that redeems each kind of link. */
const LINK_PAGE: Readonly<Record<LinkPurpose, string>> = { invitation: '/welcome', password_reset: '/reset-password', setup: '/setup' };

export interface IssuedLink {
  /** the address to send: the secret is in the fragment, which browsers never send to a server or its logs */
  url: string;
  expiresAt: Date;
}

/**
 * Makes a single-use link for an account (or, for the first admin's setup, for nobody yet),
 * retiring that account's earlier links of the same purpose. Only the secret's hash is stored.
 */
export async function issueAccountLink(
  db: Executor,
  input: { purpose: LinkPurpose; userId: string | null; createdBy: string | null; publicUrl: string; now: Date },
): Promise<IssuedLink> {
  const token = newToken();
  const expiresAt = new Date(input.now.getTime() + LINK_LIFETIME_MS[input.purpose]);
  await retireAccountTokens(db, input.purpose, input.userId, input.now);
  await insertAccountToken(db, {
    purpose: input.purpose,
    userId: input.userId,
    tokenHash: hashToken(token),
    createdBy: input.createdBy,
    createdAt: input.now,
    expiresAt,
  });
  return { url: `${input.publicUrl}${LINK_PAGE[input.purpose]}#${token}`, expiresAt };
}

/** A mail about an account's link, in the recipient's language (queued in the caller's transaction). */
export interface AccountMail {
  to: { email: string; name: string | null; locale: Locale };
  kind: 'invitation' | 'password_reset';
  /** the link, absolute */
  link: string;
  expiresAt: Date;
  /** who invited them, for the invitation's greeting */
  invitedBy?: string | null;
}

/** Queues an account mail; the mail room provides it (injected: mail imports auth, not the other way). */
export type QueueAccountMail = (db: Executor, mail: AccountMail, at: Date) => Promise<void>;
