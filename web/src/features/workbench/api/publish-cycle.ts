import { publicationApi, type PublicationReceipt } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type PublishedCycle = PublicationReceipt;

/** Publishes a cycle: the server recomputes every result and stores a snapshot that supersedes the last. */
export function publishCycle(cycleId: string, note: string): Promise<PublishedCycle> {
  return callApi(publicationApi.publish, { params: { cycleId }, body: note.trim() ? { note: note.trim() } : {} });
}
