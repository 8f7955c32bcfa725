import { notificationsApi, type Inbox } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type { Inbox };

/** The signed-in user's notifications, newest first, with the unread count; `after`: a previous page's `next`. */
export const getNotifications = (signal?: AbortSignal, after?: string): Promise<Inbox> =>
  callApi(notificationsApi.list, { query: after === undefined ? {} : { after } }, { signal });
