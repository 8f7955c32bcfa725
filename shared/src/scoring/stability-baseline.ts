import type { Methodology, MethodologyNode } from '../schemas/methodology.ts';
import { assertDrawOptions, createWeightSampler } from './perturb.ts';
import { scoreAssessment } from './score-assessment.ts';
import { createTally } from './stability-tally.ts';
import { distributionOf, type StabilityOptions, type StabilityResult } from './stability-types.ts';
import { sortThresholds } from './tiers.ts';
import { flattenTree } from './tree.ts';
import type { AnswersByCountry } from './what-if.ts';

/** A copy of the methodology whose nodes carry the given weights (by pre-order index). */
function withWeights(methodology: Methodology, weights: Float64Array): Methodology {
  let i = 0;
  const copy = (node: MethodologyNode): MethodologyNode => {
    const weight = weights[i++]!;
    return node.kind === 'question' ? { ...node, weight } : { ...node, weight, children: node.children.map(copy) };
  };
  return { ...methodology, pillars: methodology.pillars.map(copy) as Methodology['pillars'] };
}

/**
 * The straightforward tier-stability computation: for every draw, copy the methodology with
 * drawn weights and call scoreAssessment for every country. Same random streams and same
 * arithmetic as {@link tierStability}, hence the same result, only slower; it is kept as the
 * reference for tests and as the yardstick of the benchmark.
 */
export function tierStabilityBaseline(methodology: Methodology, answersByCountry: AnswersByCountry, options: StabilityOptions): StabilityResult {
  const distribution = distributionOf(options);
  const vary = options.vary ?? 'all';
  const { draws, seed } = options;
  assertDrawOptions(draws, distribution, seed);
  const countries = Object.keys(answersByCountry).sort();
  const tally = createTally(countries, sortThresholds(methodology.thresholds), 0, draws);
  const entries = flattenTree(methodology);
  const base = Float64Array.from(entries, (e) => e.node.weight);
  const sample = createWeightSampler(
    base,
    Int32Array.from(entries, (e) => e.parent),
    vary,
    distribution,
    seed,
  );
  const score = (m: Methodology, code: string) => scoreAssessment(m, answersByCountry[code] ?? {}, options);
  const nominal = countries.map((code) => score(methodology, code));
  const weights = new Float64Array(base.length);
  for (let d = 0; d < draws; d++) {
    const version = withWeights(methodology, sample(d, weights));
    countries.forEach((code, ci) => tally.add(ci, d, score(version, code).overall));
  }
  return { draws, seed, vary, distribution, countries: tally.summarise(nominal, draws) };
}
