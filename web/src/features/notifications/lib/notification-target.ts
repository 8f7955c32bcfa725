import type { Role } from '@gci/shared';

const ASSESSMENT_LINK = /^\/assessments\/([0-9a-f-]{36})(#[\w.:-]*)?$/i;

/**
 * Where a notification leads in this app. The server links to the assessment; review news is read
 * on the review pages, so staff go to `/review/:id` and the country team to its review page (both
 * keep the `#q-<key>` anchor). Only same-site paths are followed.
 */
export function notificationTarget(link: string | null, role: Role): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  const match = ASSESSMENT_LINK.exec(link);
  if (!match) return link;
  const [, id, hash = ''] = match;
  return role === 'focal_point' ? `/assessments/${id}/review${hash}` : `/review/${id}${hash}`;
}
