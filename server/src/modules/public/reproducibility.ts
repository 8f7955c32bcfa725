import { checkAnswer, questionsByKey, scoreCountries, REPRODUCIBILITY_FORMAT, ReproducibilityBundleSchema, type ReproducibilityBundle } from '@gci/shared';
import { contentHash } from '../../lib/hash.ts';
import type { PublishedAnswers } from './published-answers.ts';
import type { PublicationView } from './publication-view.ts';

/**
 * The reproducibility bundle of a publication: its methodology and the answers that were scored,
 * per country, with the published figures. Built only from answers that re-score to exactly the
 * publication (see loadPublishedAnswers), so whoever recomputes it gets the published figures.
 */
export function buildBundle(view: PublicationView, answers: PublishedAnswers): ReproducibilityBundle {
  return {
    format: REPRODUCIBILITY_FORMAT,
    cycle: { year: view.cycle.year, name: view.cycle.name, isDemo: view.cycle.isDemo },
    publication: { id: view.publicationId, publishedAt: view.cycle.publishedAt, contentHash: view.contentHash, methodologyHash: view.methodologyHash },
    methodology: view.methodology,
    countries: view.countries.map((c) => ({
      iso3: c.iso3,
      region: c.region,
      answers: answers.byCountry.get(c.iso3) ?? {},
    })) as ReproducibilityBundle['countries'],
    published: view.countries.map((c) => ({
      iso3: c.iso3,
      overall: c.overall,
      tier: c.tier,
      pillars: c.pillars.map((p) => ({ key: p.key, score: p.score, tier: p.tier })),
    })),
  };
}

export interface RecomputedCountry {
  iso3: string;
  region: string;
  overall: number;
  tier: number;
  pillars: { key: string; score: number; tier: number }[];
}

/** How far a recomputed figure may sit from the published one (0–100 scale): floats summed in another order differ in the last place. */
export const DEFAULT_TOLERANCE = 1e-9;

/** The largest gap between a recomputed figure and the published one, and where it is. */
export interface LargestDifference {
  iso3: string;
  /** `overall` or a pillar's key */
  figure: string;
  difference: number;
}

/** An answer the bundle holds that its question does not accept (out of range, not an option…). */
export class InvalidBundleAnswers extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} answer(s) in the bundle are not valid for their question:\n${problems.join('\n')}`);
  }
}

export interface Recomputation {
  cycle: ReproducibilityBundle['cycle'];
  methodology: { key: string; hash: string; matchesPublished: boolean };
  countries: RecomputedCountry[];
  check: { compared: number; matching: number; mismatches: string[]; tolerance: number; largestDifference: LargestDifference | null };
}

/** Every answer of the bundle checked against its question: scoring would count a bad one as unanswered, silently. */
function invalidAnswers(bundle: ReproducibilityBundle): string[] {
  const questions = questionsByKey(bundle.methodology);
  const problems: string[] = [];
  for (const country of bundle.countries) {
    for (const [key, value] of Object.entries(country.answers)) {
      const question = questions.get(key);
      if (!question) {
        problems.push(`${country.iso3}, question ${key}: no such question in the methodology`);
        continue;
      }
      const check = checkAnswer(question.node.question, value);
      if (!check.ok) problems.push(`${country.iso3}, question ${key}: ${check.message}`);
    }
  }
  return problems;
}

/**
 * Recomputes every score and tier of a bundle with the shared engine, and compares them with the
 * published figures it carries: tiers exactly, scores within `tolerance` (the published figures may
 * come from another implementation, whose sums round differently in the last place).
 * `raw` is the parsed JSON file; throws a ZodError when it is not a bundle, and
 * {@link InvalidBundleAnswers} when an answer is not valid for its question.
 */
export function recomputeBundle(raw: unknown, tolerance = DEFAULT_TOLERANCE): Recomputation {
  const bundle = ReproducibilityBundleSchema.parse(raw);
  const problems = invalidAnswers(bundle);
  if (problems.length > 0) throw new InvalidBundleAnswers(problems);
  const rawMethodology = (raw as { methodology: unknown }).methodology;
  const hash = contentHash(rawMethodology);
  const countries = scoreCountries(bundle.methodology, bundle.countries).map((c) => ({
    iso3: c.iso3,
    region: c.region,
    overall: c.overall,
    tier: c.tier,
    pillars: c.pillars.map((p) => ({ key: p.key, score: p.score, tier: p.tier })),
  }));
  const mine = new Map(countries.map((c) => [c.iso3, c]));
  let largest: LargestDifference | null = null;
  const within = (iso3: string, figure: string, ours: number, theirs: number): boolean => {
    const difference = Math.abs(ours - theirs);
    if (!largest || difference > largest.difference) largest = { iso3, figure, difference };
    return difference <= tolerance;
  };
  const mismatches = bundle.published
    .filter((p) => {
      const c = mine.get(p.iso3);
      if (!c) return true;
      // every figure is compared (no short cut), so the largest difference is the true one
      const checks = [
        within(p.iso3, 'overall', c.overall, p.overall),
        c.tier === p.tier,
        c.pillars.length === p.pillars.length,
        ...p.pillars.map((pp, i) => {
          const cp = c.pillars[i];
          return cp !== undefined && cp.key === pp.key && cp.tier === pp.tier && within(p.iso3, pp.key, cp.score, pp.score);
        }),
      ];
      return checks.includes(false);
    })
    .map((p) => p.iso3);
  return {
    cycle: bundle.cycle,
    methodology: { key: bundle.methodology.key, hash, matchesPublished: hash === bundle.publication.methodologyHash },
    countries,
    check: { compared: bundle.published.length, matching: bundle.published.length - mismatches.length, mismatches, tolerance, largestDifference: largest },
  };
}
