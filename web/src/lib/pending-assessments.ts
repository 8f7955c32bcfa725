import { NotReadyDetailsSchema, OpenReviewsDetailsSchema, type PendingAssessment } from '@gci/shared';
import { isApiError } from './api-client.ts';

/**
 * The assessments a refused step asks about: the open reviews of a 409 to closing, the countries
 * not validated of a 409 to publishing. Null for any other error.
 */
export function pendingOf(error: unknown): PendingAssessment[] | null {
  if (!isApiError(error) || error.status !== 409 || error.code !== 'conflict') return null;
  const reviews = OpenReviewsDetailsSchema.safeParse(error.details);
  if (reviews.success) return reviews.data.openReviews;
  const notReady = NotReadyDetailsSchema.safeParse(error.details);
  return notReady.success ? notReady.data.notReady : null;
}
