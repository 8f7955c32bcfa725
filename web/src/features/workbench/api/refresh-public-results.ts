import { z } from 'zod';

const CurrentSchema = z.object({ cycle: z.object({ publicationId: z.string() }) });

/**
 * After publishing, refreshes this browser's HTTP cache of the public results of `year` (they are
 * served with max-age=60, and the server notices a new publication within a couple of seconds), so
 * the publisher's next look at the public page shows the new publication, not the one it replaced.
 * Resolves true once the public API serves `publicationId`; false if it did not within `tries`.
 */
export async function refreshPublicResults(year: number, publicationId: string, { tries = 20, waitMs = 250 } = {}): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    const response = await fetch(`/api/public/cycles/${year}/results`, { cache: 'reload', headers: { accept: 'application/json' } }).catch(() => null);
    const current = response?.ok ? CurrentSchema.safeParse(await response.json()).data : undefined;
    if (current?.cycle.publicationId === publicationId) {
      await fetch('/api/public/cycles', { cache: 'reload', headers: { accept: 'application/json' } }).catch(() => null);
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
  return false;
}
