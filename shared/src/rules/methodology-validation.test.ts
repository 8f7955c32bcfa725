import { describe, expect, it } from 'vitest';
import type { GroupNode, Methodology, MethodologyNode } from '../schemas/methodology.ts';
import { toyMethodology } from '../scoring/test-toy.ts';
import { validateMethodology } from './methodology-validation.ts';

/** Applies a change to a fresh copy of the (valid) toy methodology and validates it. */
function issuesAfter(change: (m: Methodology) => void) {
  const m = structuredClone(toyMethodology());
  change(m);
  return validateMethodology(m).map(({ path, code }) => ({ path, code }));
}
/** The node at pillars[i].children[j]…, loosely typed so a test can break it on purpose. */
type Loose = Record<string, unknown> & { question: Record<string, unknown> & { options: { points: number }[] } };
const node = (m: Methodology, ...path: number[]): Loose => {
  let n: MethodologyNode = m.pillars[path[0]!]!;
  for (const i of path.slice(1)) n = (n as GroupNode).children[i]!;
  return n as unknown as Loose;
};

describe(validateMethodology.name, () => {
  it('accepts a valid methodology', () => {
    expect(validateMethodology(toyMethodology())).toEqual([]);
  });

  it('rejects duplicate keys beside the later one', () => {
    expect(issuesAfter((m) => Object.assign(node(m, 1, 1), { key: 'a1.q1' }))).toEqual([{ path: 'pillars[1].children[1].key', code: 'duplicate_key' }]);
  });

  it('rejects negative weights and a level whose weights sum to 0', () => {
    expect(issuesAfter((m) => Object.assign(node(m, 0, 1), { weight: -1 }))).toEqual([{ path: 'pillars[0].children[1].weight', code: 'invalid_weight' }]);
    expect(
      issuesAfter((m) => {
        Object.assign(node(m, 0, 0, 0), { weight: 0 });
        Object.assign(node(m, 0, 0, 1), { weight: 0 });
      }),
    ).toEqual([{ path: 'pillars[0].children[0].children', code: 'weights_sum_not_positive' }]);
    expect(issuesAfter((m) => m.pillars.forEach((p) => (p.weight = 0)))).toEqual([{ path: 'pillars', code: 'weights_sum_not_positive' }]);
  });

  it('rejects empty groups and pillars below the top level', () => {
    expect(issuesAfter((m) => Object.assign(node(m, 0, 1), { children: [] }))).toEqual([{ path: 'pillars[0].children[1].children', code: 'empty_group' }]);
    expect(issuesAfter((m) => Object.assign(node(m, 0, 1), { kind: 'pillar' }))).toEqual([{ path: 'pillars[0].children[1].kind', code: 'misplaced_kind' }]);
  });

  it('rejects thresholds that are not increasing, out of range, or not starting at 0', () => {
    expect(issuesAfter((m) => (m.thresholds[2]!.min = 90))).toEqual([{ path: 'thresholds[2].min', code: 'thresholds_not_increasing' }]);
    expect(issuesAfter((m) => (m.thresholds[0]!.min = 101))).toEqual([{ path: 'thresholds[0].min', code: 'threshold_out_of_range' }]);
    expect(issuesAfter((m) => (m.thresholds[4]!.min = 5))).toEqual([{ path: 'thresholds[4].min', code: 'lowest_threshold_not_zero' }]);
    expect(issuesAfter((m) => (m.thresholds[1]!.tier = 7))).toEqual([{ path: 'thresholds[1].tier', code: 'tier_numbers' }]);
  });

  it('rejects skip conditions on unknown questions, impossible values and cycles', () => {
    const cond = (m: Methodology, showIf: unknown) => Object.assign(node(m, 1, 2).question, { showIf });
    expect(issuesAfter((m) => cond(m, { op: 'answered', question: 'nope' }))).toEqual([
      { path: 'pillars[1].children[2].question.showIf.question', code: 'show_if_unknown_question' },
    ]);
    expect(issuesAfter((m) => cond(m, { op: 'in', question: 'b.q1', values: ['x', 'w'] }))).toEqual([
      { path: 'pillars[1].children[2].question.showIf.values[1]', code: 'show_if_value_invalid' },
    ]);
    const cycle = issuesAfter((m) => {
      Object.assign(node(m, 0, 0, 0).question, { showIf: { op: 'answered', question: 'b.q3' } });
      Object.assign(node(m, 1, 0).question, { showIf: { op: 'answered', question: 'a1.q1' } });
    });
    expect(cycle).toEqual([
      { path: 'pillars[0].children[0].children[0].question.showIf', code: 'show_if_cycle' },
      { path: 'pillars[1].children[2].question.showIf', code: 'show_if_cycle' },
      { path: 'pillars[1].children[0].question.showIf', code: 'show_if_cycle' },
    ]);
    expect(issuesAfter((m) => cond(m, { op: 'answered', question: 'b.q3' }))).toEqual([
      { path: 'pillars[1].children[2].question.showIf', code: 'show_if_cycle' },
    ]);
  });

  it('rejects option points outside [0, maxPoints] and equal goalposts', () => {
    expect(issuesAfter((m) => (node(m, 1, 0).question.options[1]!.points = 4))).toEqual([
      { path: 'pillars[1].children[0].question.options[1].points', code: 'option_points_out_of_range' },
    ]);
    expect(issuesAfter((m) => Object.assign(node(m, 0, 1, 1).question, { goalposts: { lower: 5, upper: 5 } }))).toEqual([
      { path: 'pillars[0].children[1].children[1].question.goalposts', code: 'goalposts_equal' },
    ]);
    expect(issuesAfter((m) => Object.assign(node(m, 0, 1, 1).question, { min: 10, max: 0 }))).toEqual([
      { path: 'pillars[0].children[1].children[1].question.max', code: 'range_invalid' },
    ]);
  });

  it('gives each issue a readable message', () => {
    const m = structuredClone(toyMethodology());
    m.thresholds[2]!.min = 90;
    expect(validateMethodology(m)[0]?.message).toBe("must be below tier 2's minimum (85)");
  });
});
