import { scoreCountries, REPRODUCIBILITY_FORMAT, ReproducibilityBundleSchema, type ReproducibilityBundle } from '@gci/shared';
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

export interface Recomputation {
  cycle: ReproducibilityBundle['cycle'];
  methodology: { key: string; hash: string; matchesPublished: boolean };
  countries: RecomputedCountry[];
  check: { compared: number; matching: number; mismatches: string[] };
}

/**
 * Recomputes every score and tier of a bundle with the shared engine, and compares them with the
 * published figures it carries (exact equality: same engine, same inputs, same floats).
 * `raw` is the parsed JSON file; throws a ZodError when it is not a bundle.
 */
export function recomputeBundle(raw: unknown): Recomputation {
  const bundle = ReproducibilityBundleSchema.parse(raw);
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
  const mismatches = bundle.published
    .filter((p) => {
      const c = mine.get(p.iso3);
      return !c || c.overall !== p.overall || c.tier !== p.tier || JSON.stringify(c.pillars) !== JSON.stringify(p.pillars);
    })
    .map((p) => p.iso3);
  return {
    cycle: bundle.cycle,
    methodology: { key: bundle.methodology.key, hash, matchesPublished: hash === bundle.publication.methodologyHash },
    countries,
    check: { compared: bundle.published.length, matching: bundle.published.length - mismatches.length, mismatches },
  };
}
