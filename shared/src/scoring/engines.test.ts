import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, Methodology } from '../schemas/methodology.ts';
import { createBatch, evaluateBatchGeneral } from './batch.ts';
import { evaluateBatchPlanned, planBatch } from './batch-plan.ts';
import { compileMethodology, prepareAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import { scoreAssessment } from './score-assessment.ts';
import { answersArb, methodologyArb } from './test-arbitraries.ts';
import { applyOverrides } from './what-if.ts';

/** A methodology, several countries' answers and a random set of weights (some 0). */
const arb = methodologyArb({ skipLogic: true }).chain((m) =>
  fc.record({
    m: fc.constant(m),
    countries: fc.array(answersArb(m), { minLength: 1, maxLength: 6 }),
    weights: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: 200, maxLength: 200 }),
    missingPolicy: fc.constantFrom('zero' as const, 'exclude' as const),
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
      fc.property(arb, ({ m, countries, weights, missingPolicy }) => {
        const c = compileMethodology(m, { missingPolicy });
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
      fc.property(arb, fc.nat(), ({ m, countries, missingPolicy }, pick) => {
        const c = compileMethodology(m, { missingPolicy });
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
});
