import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerValueSchema } from '../schemas/question-parts.ts';
import { answerArb, specArb } from '../scoring/test-arbitraries.ts';
import { QUESTION_TYPES, answerChoices, defaultQuestionSpec, questionTypeOf } from './registry.ts';
import { QUESTION_TYPE_NAMES, QuestionSpecSchema } from './spec.ts';

const anyValueArb = fc.oneof(
  fc.boolean(),
  fc.double(),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('in_place', 'o0', 'k0'),
  fc.array(fc.constantFrom('k0', 'k1', 'x')),
);

describe('question types', () => {
  it('define every type of the spec union, in its order', () => {
    expect(Object.keys(QUESTION_TYPES)).toEqual([...QUESTION_TYPE_NAMES]);
  });

  it('give a default spec of each type that parses and keeps the shared fields', () => {
    const keep = defaultQuestionSpec('yes_no', {
      type: 'text',
      maxLength: 9,
      required: false,
      evidence: 'required',
      showIf: { op: 'answered', question: 'a' },
    });
    expect(keep).toEqual({ type: 'yes_no', required: false, evidence: 'required', showIf: { op: 'answered', question: 'a' } });
    for (const type of QUESTION_TYPE_NAMES) {
      const spec = defaultQuestionSpec(type);
      expect(QuestionSpecSchema.parse(spec)).toEqual(spec);
      const issues: string[] = [];
      questionTypeOf(spec).validate(spec, (path) => issues.push(path));
      expect(issues, type).toEqual([]);
    }
  });

  it('accept only values of their own answer schema, and score what they accept within [0, maxPoints] (property)', () => {
    fc.assert(
      fc.property(specArb, anyValueArb, (spec, value) => {
        const type = questionTypeOf(spec);
        if (!type.check(spec, value).ok) return;
        expect(type.value.safeParse(value).success).toBe(true);
        expect(AnswerValueSchema.safeParse(value).success).toBe(true);
        if (!type.scored) return;
        const points = type.points(spec, value);
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(type.maxPoints(spec));
      }),
    );
  });

  it('earn full points with the full answer, which no other answer beats (property)', () => {
    const arb = specArb.chain((spec) => fc.tuple(fc.constant(spec), answerArb(spec)));
    fc.assert(
      fc.property(arb, ([spec, value]) => {
        const type = questionTypeOf(spec);
        const full = type.fullAnswer(spec);
        if (!type.scored) {
          expect(full).toBeNull();
          return;
        }
        expect(type.check(spec, full!).ok).toBe(true);
        if (value !== null && type.check(spec, value).ok) expect(type.points(spec, value)).toBeLessThanOrEqual(type.points(spec, full));
      }),
    );
  });

  it('offer choices that are valid answers or, for a multiple choice, valid condition values (property)', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const type = questionTypeOf(spec);
        for (const choice of answerChoices(spec) ?? []) expect(type.isConditionValue(spec, choice.value)).toBe(true);
      }),
    );
  });
});
