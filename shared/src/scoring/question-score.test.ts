import { describe, expect, it } from 'vitest';
import { fullAnswer, maxPointsOf, normalizedScore, pointsFor } from './question-score.ts';
import { multi, num, single, status, text, yesNo } from './test-toy.ts';

describe(pointsFor.name, () => {
  it('scores yes/no, status with its partial credit, and single choice', () => {
    expect([true, false, null].map((v) => pointsFor(yesNo(), v))).toEqual([1, 0, null]);
    expect(['in_place', 'partial', 'absent'].map((v) => pointsFor(status(0.4), v))).toEqual([1, 0.4, 0]);
    expect(pointsFor(single([0, 3, 5], 5), 'o1')).toBe(3);
    expect(pointsFor(single([0, 3, 5], 5), 'nope')).toBeNull();
  });

  it('sums multiple-choice points and caps them at maxPoints', () => {
    const spec = multi({ a: 2, b: 2, c: 3 }, 4);
    expect(pointsFor(spec, ['a'])).toBe(2);
    expect(pointsFor(spec, ['a', 'b', 'c'])).toBe(4);
    expect(maxPointsOf(spec)).toBe(4);
  });

  it('interpolates numbers between goalposts, clamps, and reads reversed goalposts as smaller-is-better', () => {
    expect([0, 2.5, 10, 12, -1].map((v) => normalizedScore(num(0, 10), v))).toEqual([0, 0.25, 1, 1, 0]);
    expect([30, 20, 10, 5].map((v) => normalizedScore(num(30, 10), v))).toEqual([0, 0.5, 1, 1]);
    expect(pointsFor(num(0, 10, { max: 5 }), 6)).toBeNull(); // out of range is no answer
  });

  it('never scores free text', () => {
    expect(pointsFor(text(), 'anything')).toBeNull();
    expect(maxPointsOf(text())).toBe(0);
  });
});

describe(fullAnswer.name, () => {
  it('returns the answer that earns the most points', () => {
    expect(fullAnswer(yesNo())).toBe(true);
    expect(fullAnswer(status())).toBe('in_place');
    expect(fullAnswer(single([1, 3, 2]))).toBe('o1');
    expect(fullAnswer(multi({ a: 1, b: 3, c: 2 }, 4))).toEqual(['b', 'c']);
    expect(fullAnswer(multi({ a: 1, b: 0 }, 4))).toEqual(['a']);
    expect(fullAnswer(num(0, 9.5, { integer: true }))).toBe(10);
    expect(fullAnswer(num(10, 0, { min: 2 }))).toBe(2);
    expect(fullAnswer(text())).toBeNull();
  });
});
