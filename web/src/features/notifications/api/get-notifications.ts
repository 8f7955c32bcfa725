import { notificationsApi, type Inbox } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type { Inbox };

/** The signed-in user's notifications, newest first, with the unread count. */
export const getNotifications = (signal?: AbortSignal): Promise<Inbox> => callApi(notificationsApi.list, {}, { signal });
