import { notificationsApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** Marks one notification (by id) or, without an id, all of them as read. */
export const markNotificationsRead = (id?: string): Promise<void> => callApi(notificationsApi.markRead, { body: id ? { id } : {} });
