import { type AssessmentStatus, type Locale, type QueueItem } from '@gci/shared';
import { byCountryName } from '../../../lib/country-order.ts';

/** The states that wait for a reviewer's first move: they lead the queue. */
const AWAITING_REVIEW: readonly AssessmentStatus[] = ['submitted', 'resubmitted'];

/** The reviewer's order: what waits for them first, then the soonest deadline, then the country's name. */
export function reviewQueueOrder(items: readonly QueueItem[], locale: Locale): QueueItem[] {
  const byName = byCountryName<QueueItem>(locale, (item) => item.country.names);
  const rank = (item: QueueItem) => (AWAITING_REVIEW.includes(item.status) ? 0 : 1);
  return items.toSorted((a, b) => rank(a) - rank(b) || Date.parse(a.deadline) - Date.parse(b.deadline) || byName(a, b));
}
