import type { Answers, Methodology } from '../schemas/methodology.ts';
import type { PublicationContent, PublishedCountry } from '../schemas/publication.ts';
import type { Region } from '../schemas/region.ts';
import { scoreAssessment } from '../scoring/score-assessment.ts';

export interface CountryAnswers {
  iso3: string;
  region: Region;
  answers: Answers;
}

/** Scores every country with the shared engine, ordered by ISO code (never by score). */
export function scoreCountries(methodology: Methodology, countries: readonly CountryAnswers[]): PublishedCountry[] {
  return [...countries]
    .sort((a, b) => a.iso3.localeCompare(b.iso3))
    .map(({ iso3, region, answers }) => {
      const score = scoreAssessment(methodology, answers);
      return {
        iso3,
        region,
        overall: score.overall,
        tier: score.tier,
        coverage: score.coverage,
        pillars: score.pillars.map((p) => ({ key: p.key, score: p.score, max: p.max, normalized: p.normalized, tier: p.tier })),
        score,
      };
    });
}

/**
 * The content of a publication. Deterministic: the same methodology and answers give the same
 * content, so publishing twice yields identical snapshots and anyone can recompute them.
 */
export function buildPublicationContent(input: {
  cycle: PublicationContent['cycle'];
  methodology: Methodology;
  methodologyHash: string;
  countries: readonly CountryAnswers[];
}): PublicationContent {
  return {
    format: 1,
    cycle: input.cycle,
    methodology: input.methodology,
    methodologyHash: input.methodologyHash,
    countries: scoreCountries(input.methodology, input.countries),
  };
}
