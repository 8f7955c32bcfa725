import { publicApi } from '@gci/shared';
import { callApi } from '../../../lib/api-client.ts';

const reload = { cache: 'reload' } as const;

/**
 * After publishing, refreshes this browser's HTTP cache of the public results of `year` (they are
 * served with max-age=60, and the server notices a new publication within a couple of seconds), so
 * the publisher's next look at the public page shows the new publication, not the one it replaced.
 * Resolves true once the public API serves `publicationId`; false if it did not within `tries`.
 */
export async function refreshPublicResults(year: number, publicationId: string, { tries = 20, waitMs = 250 } = {}): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    const current = await callApi(publicApi.getResults, { params: { year } }, reload).catch(() => null);
    if (current?.cycle.publicationId === publicationId) {
      await callApi(publicApi.listCycles, {}, reload).catch(() => null);
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return false;
}
