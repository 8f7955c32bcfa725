import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue, Methodology, QuestionSpec } from '../schemas/methodology.ts';
import { createBatch } from './batch.ts';
import { evaluateBatchPlanned, planBatch } from './batch-plan.ts';
import { compileMethodology, prepareAnswers } from './compile.ts';
import { evaluateTree } from './evaluate.ts';
import { answerArb, specArb } from './test-arbitraries.ts';
import { group, methodology, q, yesNo } from './test-toy.ts';

const weightArb = fc.double({ min: 0.1, max: 5, noNaN: true });

/**
 * The shape whose units fold into the root: pillars of indicators, each opening with one to three
 * yes/no questions that every country answers and going on with questions asked only after a yes
 * to the first (1–6 of them: with one, the unit takes the one-pass kernel, else the general row).
 * A country answering no lacks an indicator's later questions, which makes the indicator a unit.
 */
const twoLevelArb = fc
  .array(
    fc.record({
      weight: weightArb,
      indicators: fc.array(
        fc.record({
          weight: weightArb,
          asked: fc.array(weightArb, { minLength: 1, maxLength: 3 }),
          then: fc.array(fc.tuple(specArb, weightArb), { minLength: 1, maxLength: 6 }),
        }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
    }),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .chain((pillars) => {
    const specs: [string, QuestionSpec][] = [];
    const m: Methodology = methodology(
      pillars.map((p, pi) =>
        group(
          'pillar',
          `p${pi}`,
          p.indicators.map((ind, ii) => {
            const key = `p${pi}.${ii}`;
            const opening = `${key}.0`;
            return group(
              'indicator',
              key,
              [
                ...ind.asked.map((weight, ai) => {
                  if (ai > 0) specs.push([`${key}.a${ai}`, yesNo()]);
                  return q(ai === 0 ? opening : `${key}.a${ai}`, yesNo(), weight);
                }),
                ...ind.then.map(([spec, weight], qi) => {
                  const followUp: QuestionSpec = { ...spec, showIf: { op: 'equals', question: opening, value: true } };
                  specs.push([`${key}.${qi + 1}`, followUp]);
                  return q(`${key}.${qi + 1}`, followUp, weight);
                }),
              ],
              ind.weight,
            );
          }),
          p.weight,
        ),
      ),
    );
    const openings = m.pillars.flatMap((p) => p.children.map((ind) => `${ind.key}.0`));
    const country = fc
      .tuple(fc.array(fc.boolean(), { minLength: openings.length, maxLength: openings.length }), fc.tuple(...specs.map(([, spec]) => answerArb(spec))))
      .map(([yes, rest]): Answers => ({
        ...Object.fromEntries(openings.map((key, i) => [key, yes[i]!])),
        ...Object.fromEntries(specs.map(([key], i) => [key, rest[i] as AnswerValue])),
      }));
    // the first country says yes and the second no everywhere: every indicator with a follow-up is lacked by someone
    const yesToAll = Object.fromEntries(openings.map((key) => [key, true]));
    const noToAll = Object.fromEntries(openings.map((key) => [key, false]));
    return fc.record({
      m: fc.constant(m),
      countries: fc
        .array(country, { minLength: 2, maxLength: 6 })
        .map(([first, second, ...others]) => [{ ...first, ...yesToAll }, { ...second, ...noToAll }, ...others]),
      factors: fc.array(fc.double({ min: 0.5, max: 1.5, noNaN: true }), { minLength: 64, maxLength: 64 }),
    });
  });

describe(planBatch.name, () => {
  it('folds units of questions into an arithmetic root, agreeing with evaluateTree under any weights', () => {
    let folded = 0;
    let runs = 0;
    fc.assert(
      fc.property(twoLevelArb, fc.constantFrom('zero' as const, 'exclude' as const), ({ m, countries, factors }, missingPolicy) => {
        const c = compileMethodology(m, { missingPolicy });
        const scores = countries.map((a) => prepareAnswers(c, a).scores);
        const batch = createBatch(c, scores);
        const plan = planBatch(c, batch);
        runs++;
        if (plan.foldIntoRoot) folded++;
        // a drawn set of weights, signs kept as a Monte Carlo draw keeps them
        const w = Float64Array.from(c.baseWeights, (b, i) => b * factors[i % factors.length]!);
        const values = new Float64Array(c.entries.length);
        const expected = scores.map((s) => evaluateTree(c, w, s, values));
        const planned = [...evaluateBatchPlanned(c, plan, w, batch)];
        planned.forEach((x, i) => expect(Math.abs(x - expected[i]!)).toBeLessThan(1e-10));
      }),
    );
    // the shape is the point of this test: most cases must take the folded path
    expect(folded / runs).toBeGreaterThan(0.5);
  });

  it('does not fold when the root is geometric or a unit reads another unit', () => {
    const m = methodology([
      group('pillar', 'a', [group('indicator', 'a.0', [q('a.0.0', yesNo()), q('a.0.1', yesNo({ op: 'equals', question: 'a.0.0', value: true }))])]),
      group('pillar', 'b', [q('b.0', yesNo())]),
    ]);
    const answers = [
      { 'a.0.0': true, 'b.0': true },
      { 'a.0.0': false, 'b.0': false },
    ];
    const plan = (mm: Methodology) => {
      const c = compileMethodology(mm);
      return planBatch(
        c,
        createBatch(
          c,
          answers.map((a) => prepareAnswers(c, a).scores),
        ),
      );
    };
    // a question read by the root directly (pillar b folds into it): not only units
    expect(plan(m).foldIntoRoot).toBe(false);
    const onlyUnits = { ...m, pillars: [m.pillars[0]!] };
    expect(plan(onlyUnits).foldIntoRoot).toBe(true);
    expect(plan({ ...onlyUnits, aggregation: 'geometric' }).foldIntoRoot).toBe(false);
  });
});
