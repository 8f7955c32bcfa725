import { authApi, type AccountLink, type RedeemLinkBody } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type { AccountLink };

/** What a one-time link is for and whose account it sets up; `ApiError` 410 when it no longer works. */
export function inspectAccountLink(token: string, signal?: AbortSignal): Promise<AccountLink> {
  return callApi(authApi.inspectLink, { body: { token } }, { signal });
}

/** Sets the password through the link (204); it works once. */
export async function redeemAccountLink(body: RedeemLinkBody): Promise<void> {
  await callApi(authApi.redeemLink, { body });
}
