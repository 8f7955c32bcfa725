import { submissionCheck, type Methodology, type SubmissionCheck } from '@gci/shared';
import type { CurrentSnapshot } from './snapshot.repository.ts';

/** The shared submission check over a snapshot: the check route and the submit transition apply the same one. */
export function checkSnapshot(methodology: Methodology, current: CurrentSnapshot): SubmissionCheck {
  return submissionCheck(
    methodology,
    Object.fromEntries(
      Object.entries(current.snapshot).map(([k, a]) => [k, { value: a.value, carriedOver: current.carriedOver.has(k), evidenceCount: a.evidence.length }]),
    ),
  );
}
