import { z } from 'zod';
import { QueueItemSchema, QueueQuerySchema, type QueueItem } from '@gci/shared';
import { apiGet } from '../../../lib/api-client.ts';

export type QueueQuery = z.input<typeof QueueQuerySchema>;

/** Assessments for reviewers, by deadline, with completion (0–1) and open comment threads. */
export async function getReviewQueue(query: QueueQuery, signal?: AbortSignal): Promise<QueueItem[]> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(QueueQuerySchema.parse(query))) if (value !== undefined) params.set(key, String(value));
  const search = params.size ? `?${params}` : '';
  const { items } = await apiGet(`/api/review/queue${search}`, z.object({ items: z.array(QueueItemSchema) }), { signal });
  return items;
}
