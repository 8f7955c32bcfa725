import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMethodology, createAnswerPreparer, prepareAnswers } from './compile.ts';
import { answersArb, methodologyArb } from './test-arbitraries.ts';

describe(createAnswerPreparer.name, () => {
  it('prepares each of many countries in turn as prepareAnswers does alone (property)', () => {
    // its working arrays and the remembered scores carry over from one country to the next:
    // nothing of one may leak into another, whatever the skip logic, missing-answer policy and coverage
    const arb = methodologyArb({ skipLogic: true }).chain((m) =>
      fc.tuple(fc.constant(m), fc.array(answersArb(m), { minLength: 2, maxLength: 6 }), fc.constantFrom('zero', 'exclude'), fc.constantFrom(0, 0.5, 0.9)),
    );
    fc.assert(
      fc.property(arb, ([m, list, missingPolicy, minCoverage]) => {
        const c = compileMethodology(m, { missingPolicy, minCoverage });
        const prepare = createAnswerPreparer(c);
        const into = new Float64Array(c.questions.length);
        for (const answers of [...list, ...list.toReversed()]) {
          // compiled afresh: its scorers have remembered nothing yet
          const alone = prepareAnswers(compileMethodology(m, { missingPolicy, minCoverage }), answers);
          expect(prepare(answers)).toEqual(alone);
          const written = prepare(answers, into);
          expect(written.scores).toBe(into);
          expect(written).toEqual(alone);
        }
      }),
      { numRuns: 60 },
    );
  });
});
