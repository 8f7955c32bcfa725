import { redirect, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { requireSession, rethrowUnlessSignedOut } from '../../features/auth/lib/session-store.ts';
import { getCycles } from '../../lib/get-cycles.ts';
import { getReviewQueue } from '../../features/review/api/get-review-queue.ts';
import { ReviewQueuePage } from '../../features/review/components/review-queue-page.tsx';
import { defaultCycleYear, readQueueFilters, toQueueQuery } from '../../features/review/lib/queue-filters.ts';

/** `/review?status=&region=&cycle=&due=&country=`: the review queue (reviewers, analysts, admins). */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (session.user.role === 'focal_point') throw redirect('/assessments');
  const filters = readQueueFilters(new URL(request.url).searchParams);
  try {
    const cycles = await getCycles(request.signal);
    const defaultCycle = defaultCycleYear(cycles);
    const queue = await getReviewQueue(toQueueQuery(filters, defaultCycle), request.signal);
    return { cycles, defaultCycle, filters, queue };
  } catch (error) {
    rethrowUnlessSignedOut(error, request);
  }
}

function ReviewQueueRoute() {
  const { cycles, defaultCycle, filters, queue } = useLoaderData<typeof loader>();
  return <ReviewQueuePage queue={queue} cycles={cycles} filters={filters} defaultCycle={defaultCycle} />;
}

export { ReviewQueueRoute as Component };
