import { z } from 'zod';
import { apiSend } from '../../../lib/api-client.ts';

const PublishedSchema = z.object({ publicationId: z.string(), contentHash: z.string() });
export type PublishedCycle = z.infer<typeof PublishedSchema>;

/** Publishes a cycle: the server recomputes every result and stores a snapshot that supersedes the last. */
export function publishCycle(cycleId: string, note: string): Promise<PublishedCycle> {
  const body = note.trim() ? { note: note.trim() } : {};
  return apiSend('POST', `/api/cycles/${encodeURIComponent(cycleId)}/publish`, body, PublishedSchema);
}
