import { mailApi, type MailListQuery, type MailPage } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

/** One page of the outbox in one state (administrators). */
export const getMailPage = (query: MailListQuery, signal?: AbortSignal): Promise<MailPage> => callApi(mailApi.list, { query }, { signal });
