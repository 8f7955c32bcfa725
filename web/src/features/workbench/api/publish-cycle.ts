import { publicationApi, type PublicationReceipt } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

export type PublishedCycle = PublicationReceipt;

/**
 * Publishes a cycle: the server recomputes every result and stores a snapshot that supersedes the
 * last. `leaveOut` names the countries not validated that the analyst agreed to leave out (exactly
 * the ones a first attempt's 409 listed).
 */
export function publishCycle(cycleId: string, note: string, leaveOut: readonly string[] = []): Promise<PublishedCycle> {
  return callApi(publicationApi.publish, {
    params: { cycleId },
    body: { ...(note.trim() ? { note: note.trim() } : {}), ...(leaveOut.length ? { leaveOut: [...leaveOut] } : {}) },
  });
}
