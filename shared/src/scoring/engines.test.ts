import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Methodology } from '../schemas/methodology.ts';
import { createBatch, evaluateBatchGeneral } from './batch.ts';
import { evaluateBatchPlanned, planBatch } from './batch-plan.ts';
import { compileMethodology, prepareAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import { scoreAssessment } from './score-assessment.ts';
import { createStabilityRun } from './stability.ts';
import { answersArb, methodologyArb } from './test-arbitraries.ts';
import { applyOverrides } from './what-if.ts';

/** A methodology, several countries' answers and a random set of weights (some 0). */
const arb = methodologyArb({ skipLogic: true }).chain((m) =>
  fc.record({
    m: fc.constant(m),
    countries: fc.array(answersArb(m), { minLength: 1, maxLength: 6 }),
    weights: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: 200, maxLength: 200 }),
    missingPolicy: fc.constantFrom('zero' as const, 'exclude' as const),
    minCoverage: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
  }),
);

function withWeights(m: Methodology, weights: Float64Array): Methodology {
  const c = compileMethodology(m);
  return applyOverrides(m, { weights: Object.fromEntries(c.entries.map((e) => [e.node.key, weights[e.index]!])) });
}

describe('compiled engines', () => {
  it('evaluateTree returns exactly what scoreAssessment returns, node by node', () => {
    fc.assert(
      fc.property(arb, ({ m, countries, weights, missingPolicy }) => {
        const c = compileMethodology(m, { missingPolicy });
        const w = Float64Array.from(c.entries, (e, i) => (i % 3 === 0 ? weights[i]! : e.node.weight));
        const values = new Float64Array(c.entries.length);
        const version = withWeights(m, w);
        for (const answers of countries) {
          const overall = evaluateTree(c, w, prepareAnswers(c, answers).scores, values);
          const s = scoreAssessment(version, answers, { missingPolicy });
          expect(overall).toBe(s.overall);
          c.entries.forEach((e, i) => expect(Number.isNaN(values[i]!) ? null : values[i]).toBe(s.nodes[e.node.key]!.normalized));
        }
      }),
    );
  });

  it('the batch engines agree with evaluateTree: bit for bit in general, to 1e-12 with the plan', () => {
    fc.assert(
      fc.property(arb, ({ m, countries, weights, missingPolicy, minCoverage }) => {
        const c = compileMethodology(m, { missingPolicy, minCoverage });
        const scores = countries.map((a: Answers) => prepareAnswers(c, a).scores);
        const batch = createBatch(c, scores);
        const plan = planBatch(c, batch);
        // perturb around the base weights without changing their sign, as a Monte Carlo draw does
        const w = Float64Array.from(c.baseWeights, (b, i) => b * (0.5 + (weights[i] ?? 1) / 5));
        const values = new Float64Array(c.entries.length);
        const expected = scores.map((s) => evaluateTree(c, w, s, values));
        expect([...evaluateBatchGeneral(c, w, batch)]).toEqual(expected);
        const planned = [...evaluateBatchPlanned(c, plan, w, batch)];
        planned.forEach((x, i) => expect(Math.abs(x - expected[i]!)).toBeLessThan(1e-12 * 100));
      }),
    );
  });

  it('the planned batch falls back to per-country denominators when a drawn weight is exactly 0', () => {
    fc.assert(
      fc.property(arb, fc.nat(), ({ m, countries, missingPolicy, minCoverage }, pick) => {
        const c = compileMethodology(m, { missingPolicy, minCoverage });
        const scores = countries.map((a: Answers) => prepareAnswers(c, a).scores);
        const batch = createBatch(c, scores);
        const plan = planBatch(c, batch);
        const w = Float64Array.from(c.baseWeights);
        w[pick % w.length] = 0; // spread 1 can draw a factor of exactly 0
        const values = new Float64Array(c.entries.length);
        expect([...evaluateBatchPlanned(c, plan, w, batch)]).toEqual(scores.map((s) => evaluateTree(c, w, s, values)));
      }),
    );
  });

  it('with a minimum coverage, scoreAssessment, evaluateTree, the batches and the stability run agree, and the trace names what was zeroed', () => {
    fc.assert(
      fc.property(arb, ({ m, countries, minCoverage }) => {
        const options = { missingPolicy: 'exclude' as const, minCoverage };
        const c = compileMethodology(m, options);
        const prepared = countries.map((a: Answers) => prepareAnswers(c, a));
        const values = new Float64Array(c.entries.length);
        const batch = createBatch(
          c,
          prepared.map((p) => p.scores),
        );
        const general = [...batch.overall];
        const planned = [...evaluateBatchPlanned(c, planBatch(c, batch), c.baseWeights, batch)];
        const byCountry = Object.fromEntries(countries.map((a, i) => [`C${String(i).padStart(2, '0')}`, a]));
        const run = createStabilityRun(m, byCountry, { ...options, draws: 100, seed: 7 }, { from: 0, to: 0 });
        countries.forEach((answers, i) => {
          const s = scoreAssessment(m, answers, options);
          expect(evaluateTree(c, c.baseWeights, prepared[i]!.scores, values)).toBe(s.overall);
          c.entries.forEach((e, n) => expect(Number.isNaN(values[n]!) ? null : values[n]).toBe(s.nodes[e.node.key]!.normalized));
          expect(general[i]).toBe(s.overall);
          expect(Math.abs(planned[i]! - s.overall)).toBeLessThan(1e-10);
          expect(run.result().countries[i]!.nominalOverall).toBe(s.overall);
          const marked = c.entries.filter((e) => e.node.kind !== 'question' && s.nodes[e.node.key]!.belowMinCoverage).map((e) => e.node.key);
          expect(marked).toEqual(prepared[i]!.shortGroups);
          for (const q of s.questions) if (q.zeroedByCoverage) expect(prepared[i]!.shortGroups).toContain(q.zeroedByCoverage);
        });
      }),
    );
  });
});
