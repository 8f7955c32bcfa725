import type { Methodology, MethodologyNode } from '../schemas/methodology.ts';
import { assertDrawOptions, perturbPillarWeights, perturbWeights } from './perturb.ts';
import { createPrng } from './prng.ts';
import { scoreAssessment } from './score-assessment.ts';
import { createTally } from './stability-tally.ts';
import { DEFAULT_SPREAD, type StabilityOptions, type StabilityResult } from './stability-types.ts';
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
 * perturbed weights and call scoreAssessment for every country. Same random stream and same
 * arithmetic as {@link tierStability}, hence the same result, only slower; it is kept as the
 * reference for tests and as the yardstick of the benchmark.
 */
export function tierStabilityBaseline(methodology: Methodology, answersByCountry: AnswersByCountry, options: StabilityOptions): StabilityResult {
  const spread = options.spread ?? DEFAULT_SPREAD;
  const { draws, seed } = options;
  assertDrawOptions(draws, spread, seed);
  const countries = Object.keys(answersByCountry).sort();
  const tally = createTally(countries, sortThresholds(methodology.thresholds), draws);
  const entries = flattenTree(methodology);
  const base = Float64Array.from(entries, (e) => e.node.weight);
  const pillarNode = Int32Array.from(entries.filter((e) => e.parent < 0).map((e) => e.index));
  const perturb = (out: Float64Array) =>
    options.vary === 'pillars' ? perturbPillarWeights(base, pillarNode, spread, rng, out) : perturbWeights(base, spread, rng, out);
  const score = (m: Methodology, code: string) => scoreAssessment(m, answersByCountry[code] ?? {}, options);
  const nominal = countries.map((code) => score(methodology, code));
  const rng = createPrng(seed);
  const weights = new Float64Array(base.length);
  for (let d = 0; d < draws; d++) {
    const version = withWeights(methodology, perturb(weights));
    countries.forEach((code, ci) => tally.add(ci, d, score(version, code).overall));
  }
  return { draws, seed, spread, countries: tally.summarise(nominal, draws) };
}
