import type { AccountLink } from '@gci/shared';

export type LinkPurpose = AccountLink['purpose'];

/** The page of each kind of link (server/src/modules/auth/account-links.ts mails these addresses). */
export const LINK_PATHS: Readonly<Record<LinkPurpose, string>> = { invitation: '/welcome', password_reset: '/reset-password', setup: '/setup' };

/** The kind of link a page is for, from its path. */
export function purposeOfPath(pathname: string): LinkPurpose {
  const path = pathname.replace(/\/+$/, '');
  const found = (Object.keys(LINK_PATHS) as LinkPurpose[]).find((purpose) => LINK_PATHS[purpose] === path);
  return found ?? 'invitation';
}

/** The link's secret from the address fragment (`#<token>`), or '' when there is none. */
export const tokenOfHash = (hash: string): string => hash.replace(/^#/, '').trim();
