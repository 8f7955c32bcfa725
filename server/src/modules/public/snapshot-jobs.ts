import {
  buildPublicationContent,
  gapAnalysis,
  PublicationContentSchema,
  createStabilityRun,
  strengthsAndGrowth,
  tierStability,
  type DrawRange,
  type StabilityPart,
  type AssessmentScore,
  type CountryAnswers,
  type Methodology,
  type PublicationContent,
  type StabilityResult,
  stabilitySettingsOf,
} from '@gci/shared';
import { contentHash } from '../../lib/hash.ts';
import { GAP_THRESHOLD } from './cycle-analysis.ts';
import { scoringKeys } from './published-answers.ts';

/**
 * The heavy work of a publication, as plain functions of plain data: what the snapshot worker
 * runs (snapshot-worker.ts), off the server's event loop. Results come back as JSON text, which
 * crosses threads as one string and goes to the database as it is.
 */

/** One country's full result with its trace, as JSON text. */
export interface TraceText {
  iso3: string;
  score: string;
}

/** What public pages read of a publication, apart from the traces. */
export interface PublicationPartsText {
  /** the content without per-country traces */
  summary: string;
  /** gapAnalysis over every country, at {@link GAP_THRESHOLD} */
  gaps: string;
  /** strengthsAndGrowth of every country */
  peers: string;
  traces: TraceText[];
}

export interface BuildInput {
  cycle: PublicationContent['cycle'];
  methodology: Methodology;
  methodologyHash: string;
  countries: CountryAnswers[];
}

export interface BuiltSnapshot extends PublicationPartsText {
  contentHash: string;
  /** the tier stability of the publication (stabilitySettingsOf its methodology), as stored */
  stability: string;
}

export type SnapshotJob =
  | { kind: 'build'; input: BuildInput }
  | { kind: 'derive'; contentText: string }
  | { kind: 'stability'; methodology: Methodology; answers: Record<string, CountryAnswers['answers']> }
  /**
   * The draws `range` of the publication's tier stability, over answers already restricted to
   * scoring (scoredAnswers), as JSON text: a new thread takes about 0.7 s to receive a thousand
   * countries' answers as objects (its first structured clone of objects of hundreds of keys) and
   * about 0.1 s to parse them.
   */
  | { kind: 'stabilityPart'; methodology: Methodology; answersJson: string; range: DrawRange };

export type SnapshotJobResult<J extends SnapshotJob> = J extends { kind: 'build' }
  ? BuiltSnapshot
  : J extends { kind: 'derive' }
    ? PublicationPartsText
    : J extends { kind: 'stabilityPart' }
      ? StabilityPart
      : string;

/** The parts of a whole content (traces included). */
export function deriveParts(content: PublicationContent): PublicationPartsText {
  const methodology = content.methodology as Methodology;
  const countries = [...content.countries].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const scores = Object.fromEntries(countries.map((c) => [c.iso3, c.score as AssessmentScore]));
  const regions = Object.fromEntries(countries.map((c) => [c.iso3, c.region]));
  const summary = { ...content, countries: content.countries.map(({ score: _score, ...rest }) => rest) };
  return {
    summary: JSON.stringify(summary),
    gaps: JSON.stringify(gapAnalysis(methodology, scores, regions, { threshold: GAP_THRESHOLD })),
    peers: JSON.stringify(strengthsAndGrowth(methodology, scores, regions)),
    traces: content.countries.map((c) => ({ iso3: c.iso3, score: JSON.stringify(c.score) })),
  };
}

/** The answers that take part in scoring, by country code in order. */
export function scoredAnswers(methodology: Methodology, answers: Record<string, CountryAnswers['answers']>): Record<string, CountryAnswers['answers']> {
  const keys = scoringKeys(methodology);
  const scored: Record<string, CountryAnswers['answers']> = {};
  // loops that assign, not entries filtered into new objects: a third of the time for a thousand countries
  for (const iso3 of Object.keys(answers).sort((a, b) => a.localeCompare(b))) {
    const given = answers[iso3]!;
    const kept: CountryAnswers['answers'] = {};
    for (const key in given) {
      const value = given[key];
      if (value !== null && value !== undefined && keys.has(key)) kept[key] = value;
    }
    scored[iso3] = kept;
  }
  return scored;
}

/** The published tier stability (the methodology's stability settings) over the answers that take part in scoring. */
export function publicationStability(methodology: Methodology, answers: Record<string, CountryAnswers['answers']>): StabilityResult {
  return tierStability(methodology, scoredAnswers(methodology, answers), stabilitySettingsOf(methodology));
}

/** Builds, hashes and derives a publication: everything publishCycle stores. */
export function buildSnapshot(input: BuildInput): BuiltSnapshot {
  const content = buildPublicationContent(input);
  const answers = Object.fromEntries(input.countries.map((c) => [c.iso3, c.answers]));
  return {
    contentHash: contentHash(content),
    ...deriveParts(content),
    stability: JSON.stringify(publicationStability(input.methodology, answers)),
  };
}

/** Runs one job (in the worker, or in this thread where no worker can be started). */
export function runJob(job: SnapshotJob): BuiltSnapshot | PublicationPartsText | StabilityPart | string {
  switch (job.kind) {
    case 'build':
      return buildSnapshot(job.input);
    case 'derive':
      return deriveParts(PublicationContentSchema.parse(JSON.parse(job.contentText)));
    case 'stability':
      return JSON.stringify(publicationStability(job.methodology, job.answers));
    case 'stabilityPart': {
      const answers = JSON.parse(job.answersJson) as Record<string, CountryAnswers['answers']>;
      const run = createStabilityRun(job.methodology, answers, stabilitySettingsOf(job.methodology), job.range);
      run.step(run.total);
      return run.part();
    }
  }
}
