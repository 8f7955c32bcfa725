import { availableParallelism } from 'node:os';
import { createStabilityRun, partitionDraws, type CountryAnswers, type Methodology, type StabilityResult, stabilitySettingsOf } from '@gci/shared';
import { scoredAnswers } from './snapshot-jobs.ts';
import { runSnapshotJob } from './snapshot-runner.ts';
import type { SnapshotJob, SnapshotJobResult } from './snapshot-jobs.ts';

type StabilityPartJob = Extract<SnapshotJob, { kind: 'stabilityPart' }>;

/**
 * A publication's tier stability with its draws spread over worker threads, one range of whole
 * blocks each (partitionDraws): every block has its own random stream, so the result equals
 * publicationStability's, run in one thread, for any number of threads. The parts are combined
 * here (percentiles over every draw), which is light next to the draws.
 *
 * @param threads at most this many threads (default: the cores the machine offers)
 * @param runJob runs one range in a thread (default runSnapshotJob; the benchmark passes one that
 *   starts the bundled worker, as the compiled server does, where this module runs through tsx)
 */
export async function stabilityOverThreads(
  methodology: Methodology,
  answers: Record<string, CountryAnswers['answers']>,
  threads = availableParallelism(),
  runJob: (job: StabilityPartJob) => Promise<SnapshotJobResult<StabilityPartJob>> = runSnapshotJob,
): Promise<StabilityResult> {
  const scored = scoredAnswers(methodology, answers);
  const options = stabilitySettingsOf(methodology);
  const ranges = partitionDraws(options.draws, threads);
  const answersJson = JSON.stringify(scored);
  const parts = await Promise.all(ranges.map((range) => runJob({ kind: 'stabilityPart', methodology, answersJson, range })));
  // an empty run of its own, for the countries' nominal scores and the combination
  return createStabilityRun(methodology, scored, options, { from: 0, to: 0 }).resultWith(parts);
}
