import { describe, expect, it } from 'vitest';
import { group, methodology, multi, num, q, single, status, text, toyMethodology, yesNo } from '../scoring/test-toy.ts';
import { checkAnswer, completion, isAnswered, planSkipLogic, resolveSkipPlan, visibleQuestionKeys } from './answer-rules.ts';

const codeOf = (r: ReturnType<typeof checkAnswer>) => (r.ok ? 'ok' : r.code);

describe(checkAnswer.name, () => {
  it('accepts a valid answer of each type, and no answer at all', () => {
    expect(codeOf(checkAnswer(yesNo(), true))).toBe('ok');
    expect(codeOf(checkAnswer(status(), 'partial'))).toBe('ok');
    expect(codeOf(checkAnswer(single([0, 1]), 'o1'))).toBe('ok');
    expect(codeOf(checkAnswer(multi({ a: 1, b: 1 }, 2), ['b', 'a']))).toBe('ok');
    expect(codeOf(checkAnswer(num(0, 10, { min: 0, max: 10, integer: true }), 7))).toBe('ok');
    expect(codeOf(checkAnswer(text(5), 'hello'))).toBe('ok');
    expect(codeOf(checkAnswer(yesNo(), null))).toBe('ok');
    expect(codeOf(checkAnswer(yesNo(), undefined))).toBe('ok');
  });

  it('names what is wrong with an invalid answer', () => {
    expect(codeOf(checkAnswer(yesNo(), 'yes'))).toBe('wrong_type');
    expect(codeOf(checkAnswer(status(), 'maybe'))).toBe('unknown_option');
    expect(codeOf(checkAnswer(single([0, 1]), 'o7'))).toBe('unknown_option');
    expect(codeOf(checkAnswer(single([0, 1]), ['o1']))).toBe('wrong_type');
    expect(codeOf(checkAnswer(multi({ a: 1 }, 1), 'a'))).toBe('wrong_type');
    expect(codeOf(checkAnswer(multi({ a: 1 }, 1), ['a', 'z']))).toBe('unknown_option');
    expect(codeOf(checkAnswer(multi({ a: 1 }, 1), ['a', 'a']))).toBe('duplicate_option');
    expect(codeOf(checkAnswer(num(0, 10), '7'))).toBe('wrong_type');
    expect(codeOf(checkAnswer(num(0, 10), Infinity))).toBe('not_finite');
    expect(codeOf(checkAnswer(num(0, 10, { integer: true }), 2.5))).toBe('not_integer');
    expect(codeOf(checkAnswer(num(0, 10, { min: 0 }), -1))).toBe('out_of_range');
    expect(codeOf(checkAnswer(num(0, 10, { max: 10 }), 11))).toBe('out_of_range');
    expect(codeOf(checkAnswer(text(5), 'too long'))).toBe('too_long');
    const r = checkAnswer(text(5), 'too long');
    expect(!r.ok && r.message).toBe('at most 5 characters');
  });
});

describe(isAnswered.name, () => {
  it('counts an empty selection but not blank text or an invalid value', () => {
    expect(isAnswered(multi({ a: 1 }, 1), [])).toBe(true);
    expect(isAnswered(text(), '   ')).toBe(false);
    expect(isAnswered(yesNo(), 'yes')).toBe(false);
    expect(isAnswered(yesNo(), false)).toBe(true);
  });
});

describe(visibleQuestionKeys.name, () => {
  const chain = methodology([
    group('pillar', 'p', [
      q('a', yesNo()),
      q('b', status(0.5, { op: 'equals', question: 'a', value: true })),
      q('c', text(50, { op: 'in', question: 'b', values: ['in_place', 'partial'] })),
      q('d', yesNo({ op: 'answered', question: 'c' })),
    ]),
  ]);

  it('applies conditions, and hides what depends on a hidden question', () => {
    expect([...visibleQuestionKeys(chain, { a: true, b: 'partial', c: 'x' })]).toEqual(['a', 'b', 'c', 'd']);
    expect([...visibleQuestionKeys(chain, { a: true, b: 'absent', c: 'x' })]).toEqual(['a', 'b']);
    // b keeps its stored answer, but once a is "no" b is hidden, so c and d are too
    expect([...visibleQuestionKeys(chain, { a: false, b: 'partial', c: 'x' })]).toEqual(['a']);
  });

  it('reads "equals option" on a multiple choice as "this option is chosen"', () => {
    expect(visibleQuestionKeys(toyMethodology(), { 'b.q1': ['x', 'y'] }).has('b.q3')).toBe(true);
    expect(visibleQuestionKeys(toyMethodology(), { 'b.q1': ['y'] }).has('b.q3')).toBe(false);
  });
});

describe(resolveSkipPlan.name, () => {
  const ask = (key: string, spec: ReturnType<typeof yesNo>) => ({ key, spec });
  // p ← q ← p is a cycle; u reads a key that is no question; the second "s" repeats a key
  const plan = planSkipLogic([
    ask('s', yesNo()),
    ask('t', yesNo({ op: 'equals', question: 's', value: true })),
    ask('p', yesNo({ op: 'answered', question: 'q' })),
    ask('q', yesNo({ op: 'answered', question: 'p' })),
    ask('u', yesNo({ op: 'answered', question: 'nowhere' })),
    ask('s', yesNo({ op: 'answered', question: 'nowhere' })),
  ]);

  it('resolves many answer sets with one plan, by question index', () => {
    expect([...resolveSkipPlan(plan, { s: true })]).toEqual([1, 1, 0, 0, 0, 1]);
    expect([...resolveSkipPlan(plan, { s: false, p: true, q: true })]).toEqual([1, 0, 0, 0, 0, 1]);
    const shown = new Uint8Array(6);
    expect(resolveSkipPlan(plan, { s: 'not a yes or no' }, shown)).toBe(shown);
    expect([...shown]).toEqual([1, 0, 0, 0, 0, 1]);
  });

  it('lets a condition on a cycle or on an unknown question see no answer, and a repeated key follow its first question', () => {
    // p and q are answered, but each waits on the other: q sees "no answer" from p, which is being
    // resolved, so q is hidden, and p, whose condition reads the hidden q, is hidden too
    const shown = resolveSkipPlan(plan, { p: true, q: true });
    expect([shown[2], shown[3]]).toEqual([0, 0]);
    expect(shown[4]).toBe(0);
    expect(shown[5]).toBe(shown[0]);
  });
});

describe(completion.name, () => {
  it('counts answered and visible questions per pillar and lists required ones missing', () => {
    const m = toyMethodology();
    const c = completion(m, { 'a1.q1': true, 'a2.q4': 'nope', 'b.q1': ['x'], 'b.q2': 'notes' });
    expect(c).toMatchObject({ answered: 3, visible: 7, requiredMissing: ['a1.q2', 'a2.q3', 'a2.q4', 'b.q3'] });
    expect(c.share).toBeCloseTo(3 / 7, 12);
    expect(c.pillars).toEqual([
      { key: 'a', answered: 1, visible: 4, share: 0.25, requiredMissing: ['a1.q2', 'a2.q3', 'a2.q4'] },
      { key: 'b', answered: 2, visible: 3, share: 2 / 3, requiredMissing: ['b.q3'] },
    ]);
  });

  it('does not list optional questions as missing', () => {
    const m = methodology([group('pillar', 'p', [q('x', { ...yesNo(), required: false })])]);
    expect(completion(m, {})).toMatchObject({ answered: 0, visible: 1, share: 0, requiredMissing: [] });
  });
});
